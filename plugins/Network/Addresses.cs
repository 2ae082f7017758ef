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

    private static bool IsSelfAssigned(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] == 169 && bytes[1] == 254;
    }
}
