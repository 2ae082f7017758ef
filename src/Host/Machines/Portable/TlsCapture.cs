using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>
/// Learns which TLS version an HTTPS request agreed on. HttpClient does not say, but SocketsHttpHandler hands each new
/// connection's plaintext stream to <see cref="SocketsHttpHandler.PlaintextStreamFilter"/>: for HTTPS that stream is the
/// <see cref="SslStream"/>, whose <see cref="SslStream.SslProtocol"/> is noted on the request that opened the connection.
/// A request that reuses a pooled connection is not seen, so a probe asks for a connection of its own.
/// </summary>
internal static class TlsCapture
{
    private static readonly HttpRequestOptionsKey<SslProtocols> Protocol = new("wutk.tlsProtocol");

    public static void Install(SocketsHttpHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.PlaintextStreamFilter = (context, _) =>
        {
            if (context.PlaintextStream is SslStream tls)
            {
                context.InitialRequestMessage.Options.Set(Protocol, tls.SslProtocol);
            }

            return ValueTask.FromResult(context.PlaintextStream);
        };
    }

    /// <summary>The agreed version as the SDK names it (<c>Tls12</c>, <c>Tls13</c>), or null for plain HTTP or no connection.</summary>
    public static string? ProtocolOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Protocol, out var protocol) && protocol != SslProtocols.None ? protocol.ToString() : null;
}
