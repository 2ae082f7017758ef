using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WuToolkit.Host.Output;

/// <summary>Writes one indented JSON object to an output, as every <c>--format json</c> document is written, and the
/// small pieces those documents share.</summary>
internal static class JsonOutputDocument
{
    /// <summary>How much a document may hold unwritten before <see cref="Drain"/> passes it on.</summary>
    private const int DrainBytes = 64 * 1024;

    /// <summary>Writes the object <paramref name="body"/> fills, on its own line, and flushes. The document goes to the
    /// output as it is made (see <see cref="Drain"/>), never whole in memory: ten thousand findings are megabytes of JSON,
    /// held three times over (bytes, characters, escaped characters) when it was made in one piece.</summary>
    public static async Task WriteAsync(TextWriter output, Action<Utf8JsonWriter> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(body);
        var sink = new EscapingSink(output);
        await using (var json = new Utf8JsonWriter(sink, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        sink.Complete();
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Passes what <paramref name="json"/> holds on to the output once it is more than a little: for the loops
    /// that write one item per finding or result.</summary>
    public static void Drain(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.BytesPending > DrainBytes)
        {
            json.Flush();
        }
    }

    /// <summary>The UTF-8 the writer makes, decoded and escaped (<see cref="TerminalText.WriteEscapedJson"/>) onto the
    /// output as it comes; a character split between two writes is decoded whole.</summary>
    private sealed class EscapingSink(TextWriter output) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public void Complete() => Decode([], flush: true);

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Decode(ReadOnlySpan<byte> bytes, bool flush)
        {
            var needed = _decoder.GetCharCount(bytes, flush);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            var count = _decoder.GetChars(bytes, _chars, flush);
            TerminalText.WriteEscapedJson(output, _chars.AsSpan(0, count));
        }
    }

    /// <summary>Writes an array of strings as a named member.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
