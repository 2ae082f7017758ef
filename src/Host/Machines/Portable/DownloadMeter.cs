namespace WuToolkit.Host.Machines.Portable;

/// <summary>
/// Reads a response body to measure a connection: up to a number of bytes or until a deadline, whichever comes first,
/// through one small buffer, so a probe of a multi-gigabyte update costs no more memory than a probe of a small file.
/// </summary>
internal static class DownloadMeter
{
    private const int BufferSize = 64 * 1024;

    /// <summary>How reading stopped.</summary>
    /// <param name="Bytes">Bytes read.</param>
    /// <param name="OutOfTime">The deadline came before the body ended or <c>maxBytes</c> was reached.</param>
    /// <param name="Failure">Why the body broke off (the connection was lost), or null.</param>
    public sealed record Received(long Bytes, bool OutOfTime, string? Failure);

    /// <param name="body">The response body.</param>
    /// <param name="maxBytes">Stop after this many bytes.</param>
    /// <param name="deadline">Cancelled when the time allowed is up (linked to <paramref name="cancellationToken"/>).</param>
    /// <param name="cancellationToken">The caller's own: its cancellation is thrown, never reported as an answer.</param>
    public static async Task<Received> ReceiveAsync(Stream body, long maxBytes, CancellationToken deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var buffer = new byte[(int)Math.Min(BufferSize, maxBytes)];
        long bytes = 0;
        try
        {
            while (bytes < maxBytes)
            {
                var wanted = (int)Math.Min(buffer.Length, maxBytes - bytes);
                var read = await body.ReadAsync(buffer.AsMemory(0, wanted), deadline).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                bytes += read;
            }

            return new Received(bytes, OutOfTime: false, Failure: null);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && cancellationToken.IsCancellationRequested)
        {
            // Cancelling may surface as a broken stream; either way the caller asked to stop.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && deadline.IsCancellationRequested)
        {
            return new Received(bytes, OutOfTime: true, Failure: null);
        }
        catch (IOException ex)
        {
            return new Received(bytes, OutOfTime: false, Failure: ex.Message);
        }
    }
}
