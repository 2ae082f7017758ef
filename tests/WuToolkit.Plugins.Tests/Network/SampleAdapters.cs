using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Tests.Network;

/// <summary>Adapters as Windows reports them on ordinary PCs: the network cards, and everything else a healthy PC has
/// beside them (virtual switches, Bluetooth, VPNs, IPv6 tunnels) that must never be taken for a broken connection.</summary>
internal static class SampleAdapters
{
    public static AdapterInfo Loopback { get; } = new()
    {
        Name = "Loopback Pseudo-Interface 1", Description = "Software Loopback Interface 1", Kind = AdapterKind.Loopback, State = AdapterState.Up,
        IPv4Addresses = ["127.0.0.1"],
    };

    public static AdapterInfo Ethernet { get; } = new()
    {
        Name = "Ethernet", Description = "Intel(R) Ethernet Connection (7) I219-V", Kind = AdapterKind.Ethernet, State = AdapterState.Up,
        IPv4Addresses = ["192.168.1.23"], Gateways = ["192.168.1.1"], DnsServers = ["192.168.1.1"],
    };

    public static AdapterInfo EthernetUnplugged { get; } = Ethernet with { State = AdapterState.Down, IPv4Addresses = [], Gateways = [], DnsServers = [] };

    public static AdapterInfo WiFiOff { get; } = new()
    {
        Name = "Wi-Fi", Description = "Intel(R) Wi-Fi 6 AX201 160MHz", Kind = AdapterKind.Wireless, State = AdapterState.Down,
    };

    /// <summary>Bluetooth PAN: "media disconnected" unless a phone shares its connection.</summary>
    public static AdapterInfo BluetoothPan { get; } = new()
    {
        Name = "Bluetooth Network Connection", Description = "Bluetooth Device (Personal Area Network)", Kind = AdapterKind.Ethernet, State = AdapterState.Down,
    };

    /// <summary>WSL's virtual switch: up with a private address and no gateway, whether or not the PC is online.</summary>
    public static AdapterInfo Wsl { get; } = new()
    {
        Name = "vEthernet (WSL (Hyper-V firewall))", Description = "Hyper-V Virtual Ethernet Adapter #2", Kind = AdapterKind.Ethernet, State = AdapterState.Up,
        IPv4Addresses = ["172.25.48.1"],
    };

    /// <summary>Hyper-V's Default Switch: the same, for virtual machines.</summary>
    public static AdapterInfo HyperVDefaultSwitch { get; } = new()
    {
        Name = "vEthernet (Default Switch)", Description = "Hyper-V Virtual Ethernet Adapter", Kind = AdapterKind.Ethernet, State = AdapterState.Up,
        IPv4Addresses = ["172.17.96.1"],
    };

    /// <summary>VirtualBox's host-only network.</summary>
    public static AdapterInfo VirtualBoxHostOnly { get; } = new()
    {
        Name = "Ethernet 3", Description = "VirtualBox Host-Only Ethernet Adapter", Kind = AdapterKind.Ethernet, State = AdapterState.Up,
        IPv4Addresses = ["192.168.56.1"],
    };

    /// <summary>Windows' own IPv6 transition tunnel, up on many PCs: no VPN.</summary>
    public static AdapterInfo Teredo { get; } = new()
    {
        Name = "Teredo Tunneling Pseudo-Interface", Description = "Microsoft Teredo Tunneling Adapter", Kind = AdapterKind.Tunnel, State = AdapterState.Up,
    };

    /// <summary>A split-tunnel VPN: an address on the company network, no default gateway, the company's DNS.</summary>
    public static AdapterInfo SplitVpn { get; } = new()
    {
        Name = "Contoso VPN", Description = "WAN Miniport (IKEv2)", Kind = AdapterKind.Tunnel, State = AdapterState.Up,
        IPv4Addresses = ["10.8.0.12"], DnsServers = ["10.8.0.1"],
    };

    /// <summary>A full-tunnel VPN client whose adapter Windows reports as Ethernet, with the default route.</summary>
    public static AdapterInfo AnyConnect { get; } = new()
    {
        Name = "Ethernet 2", Description = "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64", Kind = AdapterKind.Ethernet,
        State = AdapterState.Up, IPv4Addresses = ["10.20.30.40"], Gateways = ["10.20.30.1"], DnsServers = ["10.20.0.53"],
    };

    /// <summary>A mesh overlay: carries its own network only.</summary>
    public static AdapterInfo Tailscale { get; } = new()
    {
        Name = "Tailscale", Description = "Tailscale Tunnel", Kind = AdapterKind.Other, State = AdapterState.Up, IPv4Addresses = ["100.101.102.103"],
    };

    /// <summary>Every adapter a healthy developer's PC may show at once, the cable carrying the traffic.</summary>
    public static IReadOnlyList<AdapterInfo> HealthyVariety { get; } =
        [Wsl, HyperVDefaultSwitch, VirtualBoxHostOnly, BluetoothPan, WiFiOff, Ethernet, Teredo, Tailscale, Loopback];
}
