using System.Text;
using WuToolkit.Host.Isolation.Protocol;

namespace WuToolkit.Host.Tests.Isolation;

/// <summary>Lines from a pipe in bounded memory: the protocol refuses a line past its limit, a log cuts it.</summary>
public class LineReaderTests
{
    [Test]
    public async Task Lines_come_without_their_line_breaks()
    {
        var reader = Reader("one\ntwo\r\n\nthree\n", 100);

        Assert.That(await AllAsync(reader), Is.EqualTo(new[] { "one", "two", "", "three" }));
    }

    [Test]
    public async Task A_line_longer_than_the_limit_is_a_flood()
    {
        var reader = Reader(new string('x', 5000) + "\n", 1000);

        await Assert.ThrowsAsync<LineTooLongException>(async () => await reader.ReadLineAsync(CancellationToken.None));
    }

    [Test]
    public async Task A_line_longer_than_the_limit_without_any_line_break_is_a_flood_too_and_never_read_whole()
    {
        var endless = new EndlessStream((byte)'x');
        var reader = new LineReader(endless, 64 * 1024);

        await Assert.ThrowsAsync<LineTooLongException>(async () => await reader.ReadLineAsync(CancellationToken.None));
        Assert.That(endless.BytesRead, Is.LessThan(64 * 1024 * 3));
    }

    [Test]
    public async Task For_a_log_a_long_line_is_cut_and_the_next_line_read()
    {
        var reader = Reader(new string('x', 5000) + "\nnext\n", 1000, cut: true);

        var lines = await AllAsync(reader);

        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[0], Has.Length.EqualTo(1000));
        Assert.That(lines[1], Is.EqualTo("next"));
    }

    [Test]
    public async Task An_unterminated_last_line_is_no_message_but_is_a_log_line()
    {
        Assert.That(await AllAsync(Reader("{\"type\":\"bye\"}\n{\"type\":\"res", 100)), Is.EqualTo(new[] { "{\"type\":\"bye\"}" }));
        Assert.That(await AllAsync(Reader("Process terminated.\nlast words", 100, cut: true)), Is.EqualTo(new[] { "Process terminated.", "last words" }));
    }

    private static LineReader Reader(string text, int limit, bool cut = false) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), limit, cut);

    private static async Task<List<string>> AllAsync(LineReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    /// <summary>A stream that never ends and counts what was read of it.</summary>
    private sealed class EndlessStream(byte value) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, value, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
