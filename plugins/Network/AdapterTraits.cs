using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>What an adapter is for, beyond its <see cref="AdapterKind"/>: driver descriptions are the vendor's own
/// words, the same in every Windows language, so they tell a VPN or a host's virtual switch from a network card.</summary>
internal static class AdapterTraits
{
    // The host side of Hyper-V (also used by WSL, Windows Sandbox and Docker Desktop), VMware and VirtualBox networks:
    // they carry traffic between this PC and its virtual machines, never to the internet on their own. A virtual
    // machine's own network card ("Microsoft Hyper-V Network Adapter", "vmxnet3") is its real connection and is not here.
    private static readonly string[] HostVirtualSwitches =
    [
        "Hyper-V Virtual Ethernet Adapter",
        "VirtualBox Host-Only",
        "VMware Virtual Ethernet Adapter",
    ];

    // Remote-access VPN clients whose adapters Windows reports as Ethernet rather than as a tunnel. Mesh overlays
    // (Tailscale, ZeroTier) are left out: they carry only their own network unless told otherwise.
    private static readonly string[] VpnDrivers =
    [
        "AnyConnect",
        "Cisco Secure Client",
        "Check Point Virtual Network Adapter",
        "ExpressVPN",
        "Fortinet",
        "FortiClient",
        "GlobalProtect",
        "Juniper Networks Virtual Adapter",
        "Mullvad",
        "NordLynx",
        "OpenVPN",
        "PANGP Virtual Ethernet Adapter",
        "ProtonVPN",
        "Pulse Secure",
        "SonicWall",
        "TAP-Windows",
        "WireGuard",
    ];

    // IPv6 transition tunnels that Windows keeps up on its own: they are no VPN.
    private static readonly string[] TransitionTunnels = ["Teredo", "ISATAP", "6to4"];

    /// <summary>A host-only virtual switch (Hyper-V, WSL, VMware, VirtualBox) rather than a network card.</summary>
    public static bool IsHostVirtualSwitch(AdapterInfo adapter) => Mentions(adapter.Description, HostVirtualSwitches);

    /// <summary>A VPN adapter: a tunnel other than Windows' IPv6 transition tunnels, or a known VPN client's adapter.</summary>
    public static bool IsVpn(AdapterInfo adapter) =>
        adapter.Kind == AdapterKind.Tunnel
            ? !Mentions(adapter.Description, TransitionTunnels) && !Mentions(adapter.Name, TransitionTunnels)
            : Mentions(adapter.Description, VpnDrivers);

    /// <summary>Up, so that it carries traffic now.</summary>
    public static bool IsUp(AdapterInfo adapter) => adapter.State == AdapterState.Up;

    /// <summary>A DNS server that can answer is configured on it.</summary>
    public static bool HasDns(AdapterInfo adapter) => adapter.DnsServers.Any(Addresses.IsRealDnsServer);

    /// <summary>One line for the evidence: name, kind, state and every address.</summary>
    public static string Describe(AdapterInfo adapter) =>
        Strings.FormatEvidenceAdapter(adapter.Name, Word(adapter.Kind), Word(adapter.State), List(adapter.IPv4Addresses), List(adapter.Gateways), List(adapter.DnsServers));

    /// <summary>The kind as Windows' network settings word it in the user's language (the enum name in English).</summary>
    public static string Word(AdapterKind kind) => kind switch
    {
        AdapterKind.Ethernet => Strings.AdapterKindEthernet,
        AdapterKind.Wireless => Strings.AdapterKindWireless,
        AdapterKind.Cellular => Strings.AdapterKindCellular,
        AdapterKind.Tunnel => Strings.AdapterKindTunnel,
        AdapterKind.Loopback => Strings.AdapterKindLoopback,
        AdapterKind.Other => Strings.AdapterKindOther,
        _ => kind.ToString(),
    };

    public static string Word(AdapterState state) => state switch
    {
        AdapterState.Up => Strings.AdapterStateUp,
        AdapterState.Down => Strings.AdapterStateDown,
        AdapterState.Unknown => Strings.AdapterStateUnknown,
        _ => state.ToString(),
    };

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);

    private static bool Mentions(string? text, string[] markers) =>
        !string.IsNullOrEmpty(text) && markers.Any(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
