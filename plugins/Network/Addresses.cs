using System.Net;
using System.Net.Sockets;

namespace WuToolkit.Plugins.Network;

/// <summary>Which of the addresses an adapter reports can actually carry traffic to the internet.</summary>
internal static class Addresses
{
    /// <summary>An IPv4 address the PC can talk to the world with: not link-local, not unspecified, not loopback.</summary>
    public static bool IsUsableIPv4(string address) =>
        IPAddress.TryParse(address, out var parsed)
        && parsed.AddressFamily == AddressFamily.InterNetwork
        && !parsed.Equals(IPAddress.Any)
        && !IPAddress.IsLoopback(parsed)
        && !IsSelfAssigned(parsed);

    /// <summary>169.254.0.0/16: Windows gives itself one of these (APIPA) when no DHCP server answered.</summary>
    public static bool IsSelfAssigned(string address) =>
        IPAddress.TryParse(address, out var parsed) && IsSelfAssigned(parsed);

    /// <summary>Windows lists 0.0.0.0 (or ::) as the gateway of an adapter that has none configured.</summary>
    public static bool IsRealGateway(string address) =>
        IPAddress.TryParse(address, out var parsed)
        && !parsed.Equals(IPAddress.Any)
        && !parsed.Equals(IPAddress.IPv6Any);

    /// <summary>A DNS server that can answer. An adapter with no DNS server configured still lists fec0:0:0:ffff::1,
    /// ::2 and ::3 (the deprecated site-local placeholders Windows puts there), which answer nothing.</summary>
    public static bool IsRealDnsServer(string address) =>
        IPAddress.TryParse(address, out var parsed)
        && !parsed.Equals(IPAddress.Any)
        && !parsed.Equals(IPAddress.IPv6Any)
        && !IsPlaceholderDns(parsed);

    private static bool IsSelfAssigned(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] == 169 && bytes[1] == 254;
    }

    private static bool IsPlaceholderDns(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        // fec0:0000:0000:ffff:0000:0000:0000:000n with n = 1, 2 or 3 (the scope id, such as %1, is not part of the bytes).
        ReadOnlySpan<byte> prefix = [0xfe, 0xc0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0];
        var bytes = address.GetAddressBytes();
        return bytes.AsSpan(0, 15).SequenceEqual(prefix) && bytes[15] is >= 1 and <= 3;
    }
}
