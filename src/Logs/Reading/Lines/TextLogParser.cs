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
    private bool _ended;

    public TextLogParser(ChunkReader<T> chunks, Encoding encoding, LogKind kind, string file, LogReadOptions options)
    {
        _lines = new LineReader<T>(chunks, options.MaxLineChars);
        var pool = new StringPool();
        _servicing = kind is LogKind.WindowsUpdate ? null : new ServicingLineParser<T>(pool, encoding);
        _windowsUpdate = kind is LogKind.WindowsUpdate or LogKind.Unknown ? new WindowsUpdateLineParser<T>(pool, encoding) : null;
        _fold = kind != LogKind.Unknown;
        _entry = new EntryAssembler<T>(kind, file, encoding, options.MaxEntryChars, options.MaxLineChars);
    }

    /// <summary>The next entry, or null at the end of the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LogEntry? Next()
    {
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

    private bool TryHead(ReadOnlySpan<T> line, out EntryHead head)
    {
        head = default;
        return (_servicing is not null && _servicing.TryParse(line, out head))
            || (_windowsUpdate is not null && _windowsUpdate.TryParse(line, out head));
    }
}
