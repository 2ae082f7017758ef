using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace WuToolkit.Host.Tests.Support;

/// <summary>One request as the server read it.</summary>
internal sealed record LoopbackRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}

/// <summary>What the server answers. The body is made up as it is sent, so a "10 GB file" costs the test nothing.</summary>
internal sealed record LoopbackResponse
{
    public int StatusCode { get; init; } = 200;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The <c>Content-Length</c> declared, or null for none (the body then ends when the connection closes).</summary>
    public long? ContentLength { get; init; }

    /// <summary>Body bytes actually sent before the connection closes; fewer than <see cref="ContentLength"/> is a download
    /// that breaks off.</summary>
    public long BodyBytes { get; init; }

    /// <summary>Send this many body bytes, then hold the connection open without sending more until the test ends.</summary>
    public long? StallAfter { get; init; }

    /// <summary>A complete file of <paramref name="size"/> bytes.</summary>
    public static LoopbackResponse File(long size) => new() { ContentLength = size, BodyBytes = size };

    /// <summary>A file of <paramref name="size"/> bytes served as a web server does: the single range asked for with 206,
    /// or the whole file with 200 when no range was asked.</summary>
    public static LoopbackResponse Ranged(LoopbackRequest request, long size)
    {
        if (request.Header("Range") is { } range && range.StartsWith("bytes=", StringComparison.Ordinal)
            && range[6..].Split('-') is [var first, var last]
            && long.TryParse(first, CultureInfo.InvariantCulture, out var from)
            && long.TryParse(last, CultureInfo.InvariantCulture, out var to) && from <= to && from < size)
        {
            to = Math.Min(to, size - 1);
            var length = to - from + 1;
            return new LoopbackResponse
            {
                StatusCode = 206,
                Headers = [new("Content-Range", $"bytes {from}-{to}/{size}")],
                ContentLength = length,
                BodyBytes = length,
            };
        }

        return File(size);
    }
}

/// <summary>
/// An HTTP/1.1 server on 127.0.0.1 (HTTPS when given a certificate) that answers each request with what the test's
/// function returns, one request per connection. It counts the body bytes it managed to send, so a test can tell that a
/// client stopped reading; it stops with the test.
/// </summary>
internal sealed class LoopbackWebServer : IAsyncDisposable
{
    private const int ChunkSize = 64 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<LoopbackRequest, LoopbackResponse> _respond;
    private readonly X509Certificate2? _certificate;
    private readonly SslStreamCertificateContext? _certificateContext;
    private readonly SslProtocols _protocols;
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _accepting;
    private long _bodyBytesSent;

    public LoopbackWebServer(Func<LoopbackRequest, LoopbackResponse> respond, X509Certificate2? certificate = null, SslProtocols protocols = SslProtocols.None)
    {
        _respond = respond;
        _certificate = certificate;

        // Offline: the certificate stands alone, so nothing is to be fetched to complete its chain.
        _certificateContext = certificate is null ? null : SslStreamCertificateContext.Create(certificate, additionalCertificates: null, offline: true);
        _protocols = protocols;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Url => new($"{(_certificate is null ? "http" : "https")}://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests];

    public long BodyBytesSent => Interlocked.Read(ref _bodyBytesSent);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_connections);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped: the listener is closed under the pending accept, or before the next one.
                return;
            }

            _connections.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (_certificate is not null)
                {
                    var tls = new SslStream(stream);
                    stream = tls;
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificateContext = _certificateContext, EnabledSslProtocols = _protocols }, _stop.Token);
                }

                await using (stream)
                {
                    if (await ReadRequestAsync(stream, _stop.Token) is { } request)
                    {
                        _requests.Enqueue(request);
                        await WriteAsync(stream, _respond(request), _stop.Token);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or AuthenticationException or ObjectDisposedException)
            {
                // The client left (it stopped reading at its limit) or refused the certificate: what some tests want.
            }
        }
    }

    private static async Task<LoopbackRequest?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (!EndsHead(received))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0 || received.Count > 64 * 1024)
            {
                return null;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var lines = Encoding.ASCII.GetString(received.ToArray()).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).TakeWhile(line => line.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new LoopbackRequest(requestLine[0], requestLine[1], headers);
    }

    private static bool EndsHead(List<byte> received) =>
        received.Count >= 4 && received[^4] == '\r' && received[^3] == '\n' && received[^2] == '\r' && received[^1] == '\n';

    private async Task WriteAsync(Stream stream, LoopbackResponse response, CancellationToken cancellationToken)
    {
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.StatusCode} Test\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        if (response.ContentLength is { } length)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken);
        await stream.FlushAsync(cancellationToken);

        var chunk = new byte[ChunkSize];
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = (byte)('a' + (i % 26));
        }

        var toSend = Math.Min(response.BodyBytes, response.StallAfter ?? long.MaxValue);
        long sent = 0;
        while (sent < toSend)
        {
            var count = (int)Math.Min(chunk.Length, toSend - sent);
            await stream.WriteAsync(chunk.AsMemory(0, count), cancellationToken);
            sent += count;
            Interlocked.Add(ref _bodyBytesSent, count);
        }

        await stream.FlushAsync(cancellationToken);
        if (response.StallAfter is not null)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
