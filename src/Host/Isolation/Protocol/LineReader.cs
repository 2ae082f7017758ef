namespace WuToolkit.Host.Isolation.Protocol;

/// <summary>
/// Reads lines of bytes from a stream in bounded memory: a line longer than <see cref="MaxLineBytes"/> is never held
/// whole. For the protocol such a line is a breach (<see cref="LineTooLongException"/>) and an unterminated last line
/// is no message; for a log (<c>cutLongLines</c>) a long line is cut and a last line is kept.
/// </summary>
internal sealed class LineReader(Stream stream, int maxLineBytes, bool cutLongLines = false)
{
    private byte[] _buffer = new byte[Math.Min(maxLineBytes + 1, 64 * 1024)];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _skipping;

    public int MaxLineBytes => maxLineBytes;

    /// <summary>The next line without its line break (a trailing '\r' too), or null at the end of the stream.</summary>
    /// <exception cref="LineTooLongException">A line is longer than the limit and long lines are not cut.</exception>
    public async ValueTask<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _scanned, _end - _scanned);
            if (newline >= 0)
            {
                var line = _buffer.AsSpan(_start, newline - _start);
                var wasSkipping = _skipping;
                _skipping = false;
                _start = _scanned = newline + 1;
                if (wasSkipping)
                {
                    continue;
                }

                return (line.Length > 0 && line[^1] == '\r' ? line[..^1] : line).ToArray();
            }

            _scanned = _end;
            if (_end - _start > maxLineBytes)
            {
                if (!cutLongLines)
                {
                    throw new LineTooLongException(maxLineBytes);
                }

                // Give the first part and drop the rest of the line as it comes.
                var part = _buffer.AsSpan(_start, maxLineBytes).ToArray();
                _start = _scanned = _end;
                if (!_skipping)
                {
                    _skipping = true;
                    return part;
                }
            }

            Compact();
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                // A log's last line may lack its line break; a message without one was cut off by the end of its writer.
                if (_end > _start && !_skipping && cutLongLines)
                {
                    var last = _buffer.AsSpan(_start, _end - _start).ToArray();
                    _start = _scanned = _end;
                    return last;
                }

                return null;
            }

            _end += read;
        }
    }

    private void Compact()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxLineBytes + 2));
        }
    }
}

/// <summary>The other side sent a line longer than the protocol allows: it floods the pipe. Its message is for
/// debuggers only and stays English: both ends of the protocol catch it, and wutk tells the user in their language
/// (IsolationStrings.Flooded), while the child ends with an exit code.</summary>
internal sealed class LineTooLongException(int limit) : IOException($"a line longer than {limit} bytes")
{
    public int Limit => limit;
}
