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

    public LineReader(ChunkReader<T> reader, int maxLineChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineChars, 16);
        _reader = reader;
        _maxLine = maxLineChars;

        // Room for a whole line at the limit plus what follows it, and large reads for speed.
        _buffer = new T[Math.Max((maxLineChars * 2) + 2, 64 * 1024)];
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

            // Keep the unfinished line, move it to the front and read more after it.
            if (_start > 0)
            {
                _buffer.AsSpan(_start, pending).CopyTo(_buffer);
                _start = 0;
                _end = pending;
            }

            scanFrom = _afterCr ? 0 : pending;
            var read = _reader.Read(_buffer.AsSpan(_end));
            if (read <= 0)
            {
                _eof = true;
            }
            else
            {
                _end += read;
            }
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
