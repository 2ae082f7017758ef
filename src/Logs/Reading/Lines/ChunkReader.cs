
namespace WuToolkit.Logs.Reading.Lines;

/// <summary>Fills a buffer with the next code units of a log: raw bytes from a stream, or characters from a text reader.</summary>
internal abstract class ChunkReader<T>
    where T : unmanaged
{
    /// <summary>Reads into <paramref name="buffer"/>; 0 at the end.</summary>
    public abstract int Read(Span<T> buffer);

    public static ChunkReader<T> For(Stream bytes) =>
        typeof(T) == typeof(byte) ? (ChunkReader<T>)(object)new ByteChunks(bytes) : throw new InvalidOperationException();

    public static ChunkReader<T> For(TextReader text) =>
        typeof(T) == typeof(char) ? (ChunkReader<T>)(object)new CharChunks(text) : throw new InvalidOperationException();

    private sealed class ByteChunks(Stream stream) : ChunkReader<byte>
    {
        public override int Read(Span<byte> buffer) => stream.Read(buffer);
    }

    private sealed class CharChunks(TextReader reader) : ChunkReader<char>
    {
        public override int Read(Span<char> buffer) => reader.Read(buffer);
    }
}
