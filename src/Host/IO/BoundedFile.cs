namespace WuToolkit.Host.IO;

/// <summary>Reads a whole input into memory only up to a limit, counting the bytes as they arrive: a device, a pipe
/// or a FIFO has no length to check beforehand (<c>/dev/zero</c> says 0 and never ends).</summary>
public static class BoundedFile
{
    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAllBytesAsync(string path, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        await using (stream.ConfigureAwait(false))
        {
            // A regular file says its length, which sizes the buffer; anything else grows it as it comes.
            var expected = stream.CanSeek ? (int)Math.Min(stream.Length, maxBytes) : 0;
            using var memory = new MemoryStream(expected + 1);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (memory.Length + read > maxBytes)
                {
                    return null;
                }

                memory.Write(buffer, 0, read);
            }

            return memory.GetBuffer().AsMemory(0, (int)memory.Length);
        }
    }
}
