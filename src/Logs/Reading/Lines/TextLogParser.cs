using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// Turns a line-oriented log (CBS, DISM, setupact, setuperr, WindowsUpdate) into entries: a line with a
/// timestamp starts an entry, the lines after it without one are folded into its text, joined with "\n".
/// Blank lines (spaces, tabs, NUL bytes) are skipped. A line without a timestamp before the first entry is
/// an entry of its own. A file of unknown kind is read line by line: lines in either timestamp shape get
/// their time, level and component, every other line is an entry of its own with its text only.
/// <para>
/// This is the hot path for multi-gigabyte logs, so it is a plain method called per entry rather than an
/// iterator, and works on the bytes of UTF-8 and ASCII-compatible files (<typeparamref name="T"/> = byte)
/// or on characters for UTF-16 (<typeparamref name="T"/> = char).
/// </para>
/// <para>
/// The per-line methods here and in the line reader, line parsers, entry assembler and string pool are
/// marked <see cref="MethodImplOptions.AggressiveOptimization"/>: with tiered compilation they otherwise run
/// unoptimized for the first hundreds of megabytes while the host is still starting (measured: a 100 MB
/// CBS.log took <c>wutk logs analyze</c> 1.8 s instead of 1.0 s).
/// </para>
/// </summary>
internal sealed class TextLogParser<T> : IEntrySource
    where T : unmanaged, IBinaryInteger<T>
{
    private readonly LineReader<T> _lines;
    private readonly ServicingLineParser<T>? _servicing;
    private readonly WindowsUpdateLineParser<T>? _windowsUpdate;
    private readonly EntryAssembler<T> _entry;
    private readonly bool _fold;
    private readonly Encoding _encoding;
    private readonly int _maxSideUnits;
    private bool _ended;

    // With a marker filter: the entry being read is being skipped (its lines kept aside in case a marker comes).
    private MarkerFilter? _filter;
    private bool _skipping;
    private bool _skippedHead;
    private long _skippedLine;
    private T[] _side = [];
    private int _sideLength;
    private readonly List<(int Start, int Length, bool Cut)> _sideLines = [];

    public TextLogParser(ChunkReader<T> chunks, Encoding encoding, LogKind kind, string file, LogReadOptions options)
    {
        _lines = new LineReader<T>(chunks, options.MaxLineChars);
        var pool = new StringPool();
        _servicing = kind is LogKind.WindowsUpdate ? null : new ServicingLineParser<T>(pool, encoding);
        _windowsUpdate = kind is LogKind.WindowsUpdate or LogKind.Unknown ? new WindowsUpdateLineParser<T>(pool, encoding) : null;
        _fold = kind != LogKind.Unknown;
        _entry = new EntryAssembler<T>(kind, file, encoding, options.MaxEntryChars, options.MaxLineChars);
        _encoding = encoding;

        // Past this many code units of continuation lines the entry's text is cut anyway: a character is at most four
        // bytes (GB18030), and the lines are held without the trailing blanks the entry drops too.
        _maxSideUnits = (options.MaxEntryChars * 4) + options.MaxLineChars + 2;
    }

    /// <summary>
    /// From now on, builds only the entries in which one of <paramref name="filter"/>'s markers occurs; the others are
    /// counted by the filter. The entries built are exactly those the reader would have built without it.
    /// </summary>
    public void UseFilter(MarkerFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filter = filter;
        _lines.UseMarkers(typeof(T) == typeof(char) ? filter.ForChars() : filter.ForBytes(_encoding));
    }

    /// <summary>The next entry, or null at the end of the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LogEntry? Next()
    {
        if (_filter is not null)
        {
            return NextFiltered();
        }

        while (!_ended)
        {
            if (!_lines.MoveNext())
            {
                _ended = true;
                return _entry.HasEntry ? _entry.Take() : null;
            }

            var line = _lines.Current;
            if (line.IsEmpty || CodeUnits<T>.IsBlank(line))
            {
                continue;
            }

            if (TryHead(line, out var head))
            {
                var finished = _entry.HasEntry ? _entry.Take() : null;
                _entry.Start(_lines.Number, head, line[head.MessageStart..], _lines.Truncated);
                if (finished is not null)
                {
                    return finished;
                }
            }
            else if (_fold && _entry.HasEntry)
            {
                _entry.Continue(line, _lines.Truncated);
            }
            else
            {
                var previous = _entry.HasEntry ? _entry.Take() : null;
                _entry.Start(_lines.Number, new EntryHead(null, "", "", 0), line, _lines.Truncated);
                if (previous is not null)
                {
                    return previous;
                }
            }
        }

        return null;
    }

    /// <summary>As <see cref="Next"/>, building only the entries with a marker in one of their lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LogEntry? NextFiltered()
    {
        while (!_ended)
        {
            if (!_lines.MoveNext())
            {
                _ended = true;
                return Finish();
            }

            var line = _lines.Current;
            if (line.IsEmpty || CodeUnits<T>.IsBlank(line))
            {
                continue;
            }

            // Whether the line starts an entry; what its head says only when it holds a marker (and so may be built): most
            // lines are skipped, and their level and component are never needed. One probe of the head either way.
            var marked = _lines.HasMarker();
            EntryHead head = default;
            var isHead = marked ? TryHead(line, out head) : IsHead(line);
            if (isHead || !_fold || !(_entry.HasEntry || _skipping))
            {
                // A new entry: the one before it is done.
                var finished = Finish();
                if (marked)
                {
                    if (isHead)
                    {
                        _entry.Start(_lines.Number, head, line[head.MessageStart..], _lines.Truncated);
                    }
                    else
                    {
                        _entry.Start(_lines.Number, new EntryHead(null, "", "", 0), line, _lines.Truncated);
                    }
                }
                else
                {
                    (_skipping, _skippedHead, _skippedLine) = (true, isHead, _lines.Number);
                    (_sideLength, _sideFirst) = (0, 0);
                    _sideLines.Clear();
                    _lines.Keep();
                    Aside(line, _lines.Truncated, keepOnly: true);
                }

                if (finished is not null)
                {
                    return finished;
                }
            }
            else if (_entry.HasEntry)
            {
                _entry.Continue(line, _lines.Truncated);
            }
            else
            {
                // A continuation line of an entry skipped so far: its first line is still in the reader's buffer.
                if (_sideLines.Count == 1 && _sideLines[0].Start < 0)
                {
                    var kept = _lines.Kept;
                    _sideLines.Clear();
                    Aside(kept, _sideCut, keepOnly: false);
                    _sideFirst = _sideLength;
                }

                _lines.Release();
                if (marked)
                {
                    Rebuild();
                    _entry.Continue(line, _lines.Truncated);
                }
                else
                {
                    Aside(line, _lines.Truncated, keepOnly: false);
                }
            }
        }

        return null;
    }

    private bool _sideCut;
    private int _sideFirst;

    /// <summary>Ends the entry being read: built, it is returned; skipped, it is counted.</summary>
    private LogEntry? Finish()
    {
        if (_skipping)
        {
            _skipping = false;
            _lines.Release();
            _filter!.CountSkipped();
            return null;
        }

        return _entry.HasEntry ? _entry.Take() : null;
    }

    /// <summary>Puts a line of the skipped entry aside; its first line only by reference while the reader keeps it.</summary>
    private void Aside(ReadOnlySpan<T> line, bool cut, bool keepOnly)
    {
        if (keepOnly)
        {
            _sideLines.Add((-1, line.Length, cut));
            _sideCut = cut;
            return;
        }

        if (_sideLines.Count > 0)
        {
            // A continuation line: the entry drops its trailing blanks, so they must not count against its room here
            // (the first line is kept as written, to be parsed again).
            line = CodeUnits<T>.TrimEnd(line);
        }

        if (_sideLength - _sideFirst + line.Length > _maxSideUnits)
        {
            // The text stops growing before this: the assembler would not take more of it.
            return;
        }

        if (_sideLength + line.Length > _side.Length)
        {
            Array.Resize(ref _side, Math.Max(_sideLength + line.Length, Math.Max(_side.Length * 2, 1024)));
        }

        line.CopyTo(_side.AsSpan(_sideLength));
        _sideLines.Add((_sideLength, line.Length, cut));
        _sideLength += line.Length;
    }

    /// <summary>A marker came in a continuation line: the entry is built from the lines put aside.</summary>
    private void Rebuild()
    {
        _skipping = false;
        var (start, length, cut) = _sideLines[0];
        var first = _side.AsSpan(start, length);
        if (_skippedHead && TryHead(first, out var head))
        {
            _entry.Start(_skippedLine, head, first[head.MessageStart..], cut);
        }
        else
        {
            _entry.Start(_skippedLine, new EntryHead(null, "", "", 0), first, cut);
        }

        for (var i = 1; i < _sideLines.Count; i++)
        {
            (start, length, cut) = _sideLines[i];
            _entry.Continue(_side.AsSpan(start, length), cut);
        }
    }

    private bool IsHead(ReadOnlySpan<T> line) =>
        (_servicing is not null && _servicing.IsHead(line)) || (_windowsUpdate is not null && _windowsUpdate.IsHead(line));

    private bool TryHead(ReadOnlySpan<T> line, out EntryHead head)
    {
        head = default;
        return (_servicing is not null && _servicing.TryParse(line, out head))
            || (_windowsUpdate is not null && _windowsUpdate.TryParse(line, out head));
    }
}
