using System.Net;
using System.Net.Sockets;
using WuToolkit.Host.Machines.Portable;

namespace WuToolkit.Host.Tests.Support;

/// <summary>An SNTP server on 127.0.0.1 whose clock runs <see cref="Ahead"/> of the real one.</summary>
internal sealed class LoopbackSntpServer : IAsyncDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public LoopbackSntpServer(TimeSpan ahead, byte stratum = 2)
    {
        Ahead = ahead;
        _serving = ServeAsync(stratum);
    }

    public TimeSpan Ahead { get; }

    public string Address => $"127.0.0.1:{((IPEndPoint)_socket.Client.LocalEndPoint!).Port}";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(byte stratum)
    {
        while (!_stop.IsCancellationRequested)
        {
            var request = await _socket.ReceiveAsync(_stop.Token);
            var reply = new byte[48];
            reply[0] = 0x1C; // LI 0, version 3, mode 4 (server)
            reply[1] = stratum;
            var now = DateTime.UtcNow + Ahead;
            SntpClient.WriteTimestamp(reply.AsSpan(32), now);
            SntpClient.WriteTimestamp(reply.AsSpan(40), now);
            await _socket.SendAsync(reply, request.RemoteEndPoint, _stop.Token);
        }
    }
}
