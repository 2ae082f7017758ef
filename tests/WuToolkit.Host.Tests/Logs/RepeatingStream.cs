using System.Text;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>
/// A read-only stream that makes up text as it is read, to any length, without a file or the whole text in
/// memory: the same few pieces over and over (by default CBS.log lines, one with a continuation line).
/// </summary>
internal sealed class RepeatingStream(long length, params byte[][] pieces) : Stream
{
    public static readonly byte[][] CbsLines =
    [
        Encoding.ASCII.GetBytes("2024-03-01 10:00:01, Info                  CBS    Exec: Processing complete, session: 30754339_543620214 [HRESULT = 0x00000000 - S_OK]\r\n"),
        Encoding.ASCII.GetBytes("2024-03-01 10:00:01, Info                  CSI    00000038@2024/3/1:10:00:01.015 Hashes for file member [l:9]'demo.dll' do not match.\r\n Expected: {l:32 b:00}.\r\n"),
        Encoding.ASCII.GetBytes("2024-03-01 10:00:02, Error                 CSI    0000003a (F) Hydration failed for component demo, version 10.0.22621.1 [gle=0x80004005]\r\n"),
        Encoding.ASCII.GetBytes("2024-03-01 10:00:02, Info                  CBS    Appl: detect Parent, Package: Package_for_KB5012170~31bf3856ad364e35~amd64~~10.0.1.1, Parent: none\r\n"),
    ];

    private readonly byte[][] _pieces = pieces.Length > 0 ? pieces : CbsLines;
    private int _line;
    private int _offset;

    /// <summary>Bytes handed out once, before the repeated pieces (counted in the length).</summary>
    public byte[] Prefix { get; init; } = [];

    /// <summary>Bytes handed out so far.</summary>
    public long Produced { get; private set; }

    /// <summary>Throw an <see cref="IOException"/> once this many bytes have been handed out.</summary>
    public long FailAfter { get; init; } = long.MaxValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => Produced;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Produced >= FailAfter)
        {
            throw new IOException("the disk went away");
        }

        var written = 0;
        while (written < buffer.Length && Produced < length)
        {
            if (Produced < Prefix.Length)
            {
                var head = (int)Math.Min(Prefix.Length - Produced, buffer.Length - written);
                Prefix.AsSpan((int)Produced, head).CopyTo(buffer[written..]);
                written += head;
                Produced += head;
                continue;
            }

            var line = _pieces[_line];
            var count = (int)Math.Min(Math.Min(line.Length - _offset, buffer.Length - written), length - Produced);
            line.AsSpan(_offset, count).CopyTo(buffer[written..]);
            written += count;
            Produced += count;
            _offset += count;
            if (_offset == line.Length)
            {
                _offset = 0;
                _line = (_line + 1) % _pieces.Length;
            }
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
