using System.Text;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Host.Tests.Logs;

public class LineReaderTests
{
    [TestCase("a\r\nb\r\nc\r\n", TestName = "CRLF")]
    [TestCase("a\nb\nc\n", TestName = "LF")]
    [TestCase("a\rb\rc\r", TestName = "lone CR")]
    [TestCase("a\r\nb\nc\r", TestName = "mixed")]
    [TestCase("a\nb\nc", TestName = "last line without a line end")]
    public void Lines_end_at_CRLF_LF_or_a_lone_CR(string text)
    {
        Assert.That(Lines(text, 64, chunk: 1).Select(l => l.Text), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(Lines(text, 64, chunk: 4096).Select(l => l.Text), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void Blank_lines_are_counted_so_numbers_match_an_editor()
    {
        var lines = Lines("a\r\n\r\n\nb\n", 64, chunk: 3);

        Assert.That(lines.Select(l => (l.Number, l.Text)), Is.EqualTo(new[] { (1L, "a"), (2L, ""), (3L, ""), (4L, "b") }));
    }

    [Test]
    public void Unicode_line_separators_are_not_line_ends()
    {
        Assert.That(Lines("a\u0085b\u2028c\n", 64, chunk: 2).Select(l => l.Text), Is.EqualTo(new[] { "a\u0085b\u2028c" }));
    }

    [Test]
    public void A_line_longer_than_the_limit_is_cut_flagged_and_the_rest_skipped()
    {
        var text = new string('x', 100) + "\ny\n" + new string('z', 40);

        var lines = Lines(text, 32, chunk: 7);

        Assert.That(lines.Select(l => (l.Number, l.Text.Length, l.Cut)), Is.EqualTo(new[] { (1L, 32, true), (2L, 1, false), (3L, 32, true) }));
    }

    [Test]
    public void A_huge_line_without_an_end_is_read_in_constant_memory()
    {
        var reader = new LineReader<char>(new Endless('\0', 50_000_000), 1024);
        var count = 0;
        while (reader.MoveNext())
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(1), "one line, cut; the other 50 million characters are skipped");
    }

    [Test]
    public void Bytes_split_the_same_way()
    {
        var reader = new LineReader<byte>(ChunkReader<byte>.For(new MemoryStream("one\r\ntwo\rthree"u8.ToArray())), 64);
        var lines = new List<string>();
        while (reader.MoveNext())
        {
            lines.Add(Encoding.ASCII.GetString(reader.Current));
        }

        Assert.That(lines, Is.EqualTo(new[] { "one", "two", "three" }));
    }

    private static List<(long Number, string Text, bool Cut)> Lines(string text, int max, int chunk)
    {
        var reader = new LineReader<char>(new Chunked(text, chunk), max);
        var lines = new List<(long, string, bool)>();
        while (reader.MoveNext())
        {
            lines.Add((reader.Number, reader.Current.ToString(), reader.Truncated));
        }

        return lines;
    }

    /// <summary>Hands out text a few characters at a time, so line ends fall across reads.</summary>
    private sealed class Chunked(string text, int size) : ChunkReader<char>
    {
        private int _position;

        public override int Read(Span<char> buffer)
        {
            var count = Math.Min(Math.Min(size, buffer.Length), text.Length - _position);
            text.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
    }

    private sealed class Endless(char c, long total) : ChunkReader<char>
    {
        private long _left = total;

        public override int Read(Span<char> buffer)
        {
            var count = (int)Math.Min(buffer.Length, _left);
            buffer[..count].Fill(c);
            _left -= count;
            return count;
        }
    }
}
