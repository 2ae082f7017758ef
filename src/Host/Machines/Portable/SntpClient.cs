using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>One SNTP exchange (RFC 4330): enough to tell how far this clock is from a time server, which matters
/// because TLS to the update servers fails (0x80072F8F) when the clock is far off.</summary>
internal static class SntpClient
{
    public const int DefaultPort = 123;
    private const int PacketLength = 48;
    private static readonly DateTime Epoch = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Machine time minus server time, and the round trip.</summary>
    public sealed record Measurement(TimeSpan Offset, TimeSpan RoundTrip);

    public static (string Host, int Port) ParseServer(string server)
    {
        // Windows writes NTP servers with flags ("time.windows.com,0x9"): the flags are not part of the name.
        var name = server.Split(',', 2)[0].Trim();
        var colon = name.LastIndexOf(':');
        return colon > 0 && !name.Contains("::", StringComparison.Ordinal) && int.TryParse(name[(colon + 1)..], out var port)
            ? (name[..colon], port)
            : (name, DefaultPort);
    }

    public static async Task<Measurement> QueryAsync(string host, int port, TimeProvider time, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, limit.Token).ConfigureAwait(false);
            var address = addresses.FirstOrDefault() ?? throw new SntpException(Strings.FormatSntpNoAddress(host));
            using var socket = new UdpClient(address.AddressFamily);
            socket.Connect(address, port);

            var request = new byte[PacketLength];
            request[0] = 0x1B; // LI = 0, version 3, mode 3 (client)
            var sent = time.GetUtcNow();
            WriteTimestamp(request.AsSpan(40), sent.UtcDateTime);
            await socket.SendAsync(request, limit.Token).ConfigureAwait(false);

            var reply = await socket.ReceiveAsync(limit.Token).ConfigureAwait(false);
            var received = time.GetUtcNow();
            return Interpret(reply.Buffer, sent.UtcDateTime, received.UtcDateTime);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SntpException(Strings.FormatSntpTimeout(timeout.TotalSeconds));
        }
        catch (SocketException ex)
        {
            throw new SntpException(ex.Message);
        }
    }

    /// <summary>Reads a server reply; anything that is not a sane server reply is an <see cref="SntpException"/>.</summary>
    public static Measurement Interpret(ReadOnlySpan<byte> reply, DateTime sent, DateTime received)
    {
        if (reply.Length < PacketLength)
        {
            throw new SntpException(Strings.SntpShortReply);
        }

        var mode = reply[0] & 0x7;
        var stratum = reply[1];
        if (mode != 4 || stratum == 0 || (reply[0] >> 6) == 3)
        {
            // Stratum 0 is a "kiss of death" and leap indicator 3 an unsynchronised server: neither tells the time.
            throw new SntpException(Strings.SntpUnsynchronised);
        }

        var serverReceived = ReadTimestamp(reply[32..]);
        var serverSent = ReadTimestamp(reply[40..]);
        var roundTrip = (received - sent) - (serverSent - serverReceived);
        var serverAhead = ((serverReceived - sent) + (serverSent - received)) / 2;
        return new Measurement(-serverAhead, roundTrip < TimeSpan.Zero ? TimeSpan.Zero : roundTrip);
    }

    public static void WriteTimestamp(Span<byte> target, DateTime utc)
    {
        var ticks = (utc - Epoch).Ticks;
        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond);
        var fraction = (ulong)(ticks % TimeSpan.TicksPerSecond) * 0x1_0000_0000UL / TimeSpan.TicksPerSecond;
        BinaryPrimitives.WriteUInt32BigEndian(target, (uint)seconds);
        BinaryPrimitives.WriteUInt32BigEndian(target[4..], (uint)fraction);
    }

    public static DateTime ReadTimestamp(ReadOnlySpan<byte> source)
    {
        ulong seconds = BinaryPrimitives.ReadUInt32BigEndian(source);
        ulong fraction = BinaryPrimitives.ReadUInt32BigEndian(source[4..]);
        var ticks = (long)(seconds * TimeSpan.TicksPerSecond) + (long)(fraction * TimeSpan.TicksPerSecond >> 32);
        return Epoch.AddTicks(ticks);
    }
}

/// <summary>An SNTP exchange that gave no usable time.</summary>
internal sealed class SntpException(string message) : Exception(message);
