using System.Numerics;
using System.Runtime.CompilerServices;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// Splits a log into lines through one fixed buffer, without allocating per line, over bytes (UTF-8 and
/// ASCII-compatible code pages, where CR and LF bytes never occur inside a character) or characters
/// (UTF-16). A line ends at CR LF, LF or a lone CR, and at nothing else: not at U+0085 (NEL), which a
/// legacy byte 0x85 must never become, nor at U+2028. The last line counts even without a line end. A line
/// longer than the limit is returned cut to the limit with <see cref="Truncated"/> set, and the rest of it
/// is skipped unread, so a file without line ends is read in constant memory.
/// </summary>
internal sealed class LineReader<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private static readonly T Cr = T.CreateTruncating('\r');
    private static readonly T Lf = T.CreateTruncating('\n');
    private readonly ChunkReader<T> _reader;
    private readonly int _maxLine;
    private readonly T[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _afterCr;
    private bool _skipping;
    private int _lineStart;
    private int _lineLength;

    // The marker search (see UseMarkers): the bytes widened to characters beside the buffer and, for each set of
    // markers, where its next marker starts and how far its last search found none.
    private MarkerSearch? _markers;
    private char[]? _mirror;
    private int[] _hit = [];
    private int[] _noneFrom = [];
    private int[] _noneTo = [];

    // A line kept across the next MoveNext (see Keep).
    private int _keep = -1;
    private int _keepLength;

    public LineReader(ChunkReader<T> reader, int maxLineChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineChars, 16);
        _reader = reader;
        _maxLine = maxLineChars;

        // Room for a whole line at the limit plus what follows it, and large reads for speed.
        // A kept line may sit before it too.
        _buffer = new T[Math.Max((maxLineChars * 3) + 4, 64 * 1024)];
    }

    /// <summary>Lets <see cref="HasMarker"/> search for <paramref name="markers"/>: characters as they are, bytes each
    /// widened to one character (see <see cref="MarkerFilter.ForBytes(System.Text.Encoding)"/>). Called before the first line.</summary>
    public void UseMarkers(MarkerSearch markers)
    {
        _markers = markers;
        (_hit, _noneFrom, _noneTo) = (new int[markers.Sets], new int[markers.Sets], new int[markers.Sets]);
        Forget();
        if (typeof(T) == typeof(byte))
        {
            _mirror = new char[_buffer.Length];
            Widen(0, _end);
        }
    }

    /// <summary>
    /// True when a marker starts in the current line. The buffer is searched ahead of the lines, so a run of lines
    /// without markers costs one vectorized search, not one a line; each set of markers keeps its own next find, so a
    /// rare set is not searched again every time a common one is passed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool HasMarker()
    {
        var start = _lineStart;
        var end = start + _lineLength;
        for (var set = 0; set < _hit.Length; set++)
        {
            if (_hit[set] >= start)
            {
                if (_hit[set] < end)
                {
                    return true;
                }

                continue;
            }

            if (start >= _noneFrom[set] && end <= _noneTo[set])
            {
                continue;
            }

            // A marker lies whole in the line it starts in (none holds a line end), and the line is whole in the buffer.
            ReadOnlySpan<char> text = typeof(T) == typeof(char)
                ? System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(_buffer.AsSpan(start, _end - start))
                : _mirror.AsSpan(start, _end - start);
            var found = _markers!.IndexIn(set, text);
            if (found >= 0)
            {
                _hit[set] = start + found;
                if (_hit[set] < end)
                {
                    return true;
                }
            }
            else
            {
                (_hit[set], _noneFrom[set], _noneTo[set]) = (-1, start, _end);
            }
        }

        return false;
    }

    /// <summary>Forgets what the marker search found: the buffer's text has moved.</summary>
    private void Forget()
    {
        Array.Fill(_hit, -1);
        Array.Fill(_noneFrom, -1);
        Array.Fill(_noneTo, -1);
    }

    /// <summary>Keeps the current line readable as <see cref="Kept"/> through the next <see cref="MoveNext"/>.</summary>
    public void Keep() => (_keep, _keepLength) = (_lineStart, _lineLength);

    /// <summary>The line last kept.</summary>
    public ReadOnlySpan<T> Kept => _buffer.AsSpan(_keep, _keepLength);

    /// <summary>Lets go of the kept line.</summary>
    public void Release() => _keep = -1;

    private void Widen(int from, int to)
    {
        if (_mirror is not null && to > from)
        {
            System.Text.Encoding.Latin1.GetChars(System.Runtime.InteropServices.MemoryMarshal.Cast<T, byte>(_buffer.AsSpan(from, to - from)), _mirror.AsSpan(from));
        }
    }

    /// <summary>The current line, without its line end; valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<T> Current => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>1-based number of the current line.</summary>
    public long Number { get; private set; }

    /// <summary>The current line was longer than the limit and has been cut.</summary>
    public bool Truncated { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        var scanFrom = _start;
        while (true)
        {
            if (_afterCr && _start < _end)
            {
                // A CR ended the last line; an LF right after it belongs to the same line end.
                if (_buffer[_start] == Lf)
                {
                    _start++;
                }

                _afterCr = false;
                scanFrom = Math.Max(scanFrom, _start);
            }

            var found = _afterCr ? -1 : _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOfAny(Cr, Lf);
            if (found >= 0)
            {
                var stop = scanFrom + found;
                var lineStart = _start;
                _afterCr = _buffer[stop] == Cr;
                _start = stop + 1;
                if (_skipping)
                {
                    // The end of a line that was already returned cut: drop it.
                    _skipping = false;
                    scanFrom = _start;
                    continue;
                }

                if (stop - lineStart > _maxLine)
                {
                    // The whole line fitted in the buffer, but it is longer than the limit all the same.
                    return Line(lineStart, _maxLine, cut: true);
                }

                return Line(lineStart, stop - lineStart, cut: false);
            }

            var pending = _end - _start;
            if (_skipping)
            {
                _start = _end;
                pending = 0;
            }
            else if (pending > _maxLine)
            {
                var lineStart = _start;
                _start += _maxLine;
                _skipping = true;
                return Line(lineStart, _maxLine, cut: true);
            }

            if (_eof)
            {
                _afterCr = false;
                _skipping = false;
                if (pending > 0)
                {
                    var lineStart = _start;
                    _start = _end;
                    return Line(lineStart, pending, cut: false);
                }

                return false;
            }

            // Keep the unfinished line (after a kept one), move it to the front and read more after it.
            var front = _keep >= 0 ? _keepLength : 0;
            if (_start > front || (_keep > 0))
            {
                if (_keep > 0)
                {
                    Move(_keep, 0, _keepLength);
                    _keep = 0;
                }

                Move(_start, front, pending);
                _start = front;
                _end = front + pending;
                Forget();
            }

            scanFrom = _afterCr ? _start : _start + pending;
            var read = _reader.Read(_buffer.AsSpan(_end));
            if (read <= 0)
            {
                _eof = true;
            }
            else
            {
                Widen(_end, _end + read);
                _end += read;
            }
        }
    }

    private void Move(int from, int to, int length)
    {
        if (from != to && length > 0)
        {
            _buffer.AsSpan(from, length).CopyTo(_buffer.AsSpan(to));
            _mirror?.AsSpan(from, length).CopyTo(_mirror.AsSpan(to));
        }
    }

    private bool Line(int start, int length, bool cut)
    {
        _lineStart = start;
        _lineLength = length;
        Truncated = cut;
        Number++;
        return true;
    }
}
