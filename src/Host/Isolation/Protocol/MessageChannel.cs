using System.Text.Json;

namespace WuToolkit.Host.Isolation.Protocol;

/// <summary>Sends and receives protocol messages as JSON lines over two streams. Sending is safe from several threads at
/// once; receiving is for one reader. A line that is not a message is a <see cref="ProtocolBreachException"/>.</summary>
internal sealed class MessageChannel(Stream input, Stream output, int maxMessageBytes) : IDisposable
{
    private readonly LineReader _reader = new(input, maxMessageBytes);
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>The next message, or null when the other side closed its end.</summary>
    /// <exception cref="LineTooLongException">A message is longer than allowed.</exception>
    /// <exception cref="ProtocolBreachException">A line is not a message.</exception>
    public async Task<ProtocolMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                return JsonSerializer.Deserialize(line, ProtocolJson.Default.ProtocolMessage)
                    ?? throw new ProtocolBreachException("null");
            }
            catch (JsonException ex)
            {
                throw new ProtocolBreachException(ex.Message);
            }
            catch (NotSupportedException ex)
            {
                throw new ProtocolBreachException(ex.Message);
            }
        }
    }

    public async Task SendAsync(ProtocolMessage message, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJson.Default.ProtocolMessage);
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            output.WriteByte((byte)'\n');
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Frees the sending lock; the streams belong to whoever gave them.</summary>
    public void Dispose() => _writing.Dispose();
}

/// <summary>The other side wrote something that is not a message of the protocol.</summary>
internal sealed class ProtocolBreachException(string detail) : IOException(detail);
