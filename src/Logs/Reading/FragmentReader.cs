using System.Text;

namespace WuToolkit.Logs.Reading;

/// <summary>Text read line by line with a <see cref="FragmentShape"/>'s wrapping taken off, in constant memory: a line
/// longer than <paramref name="maxLineChars"/> is passed on in pieces, so text without line ends cannot grow a line.</summary>
internal sealed class FragmentReader(TextReader inner, FragmentShape shape, int maxLineChars) : TextReader
{
    private readonly StringBuilder _pending = new();
    private readonly StringBuilder _line = new();
    private readonly char[] _chunk = new char[4096];
    private int _chunkLength;
    private int _chunkPosition;
    private int _position;
    private bool _ended;

    public override int Peek() => Fill() ? _pending[_position] : -1;

    public override int Read() => Fill() ? _pending[_position++] : -1;

    public override int Read(Span<char> buffer)
    {
        var written = 0;
        while (written < buffer.Length && Fill())
        {
            var count = Math.Min(buffer.Length - written, _pending.Length - _position);
            _pending.CopyTo(_position, buffer.Slice(written, count), count);
            _position += count;
            written += count;
        }

        return written;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>True when a character is waiting, reading the next kept line if needed.</summary>
    private bool Fill()
    {
        while (_position >= _pending.Length)
        {
            if (_ended)
            {
                return false;
            }

            _pending.Clear();
            _position = 0;
            if (!NextLine())
            {
                _ended = true;
                return false;
            }

            if (shape.Apply(_line.ToString().AsSpan().TrimEnd('\r')) is { } kept)
            {
                _pending.Append(kept).Append('\n');
            }
        }

        return true;
    }

    /// <summary>The next line (or piece of a long one) into <see cref="_line"/>; false at the end of the text.</summary>
    private bool NextLine()
    {
        _line.Clear();
        while (true)
        {
            if (_chunkPosition >= _chunkLength)
            {
                _chunkLength = inner.Read(_chunk, 0, _chunk.Length);
                _chunkPosition = 0;
                if (_chunkLength <= 0)
                {
                    _chunkLength = 0;
                    return _line.Length > 0;
                }
            }

            var span = _chunk.AsSpan(_chunkPosition, _chunkLength - _chunkPosition);
            var end = span.IndexOf('\n');
            var take = end < 0 ? span.Length : end;
            take = Math.Min(take, maxLineChars - _line.Length);
            _line.Append(span[..take]);
            _chunkPosition += take;
            if (end >= 0 && take == end)
            {
                _chunkPosition++;
                return true;
            }

            if (_line.Length >= maxLineChars)
            {
                return true;
            }
        }
    }
}
