using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>Nothing downloads without a working connection: at least one adapter other than loopback, a VPN tunnel or a
/// host-only virtual switch must be up with a real IPv4 address (a self-assigned 169.254.x.x one means DHCP never
/// answered), the adapter that carries traffic needs a default gateway to leave the local network, and some adapter
/// needs a DNS server to find Microsoft's servers. Adapters that are down beside a working one (Wi-Fi next to a cable,
/// Bluetooth, a virtual switch) are listed, never blamed.</summary>
[ExportCheck(
    "network.adapter",
    "Network adapter up with a usable address",
    Scenario = Scenario.Both,
    Tags = ["network"],
    Description = "Whether an adapter is connected with a real IPv4 address (not a self-assigned 169.254.x.x one, not media "
        + "disconnected), a default gateway and a DNS server, as Windows Update needs to reach Microsoft. Disconnected "
        + "secondary adapters, VPN tunnels and virtual switches (Hyper-V, WSL) are listed but never fail the check.")]
public sealed class AdapterCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var adapters = await context.Machine.Network.GetAdaptersAsync(cancellationToken).ConfigureAwait(false);
        var evidence = adapters.Select((adapter, index) => new Evidence($"adapter{index + 1}", AdapterTraits.Describe(adapter))).ToArray();

        // A VPN rides on another adapter, and loopback never leaves the PC: neither is a connection of its own.
        var local = adapters
            .Where(adapter => adapter.Kind is not (AdapterKind.Loopback or AdapterKind.Tunnel) && !AdapterTraits.IsVpn(adapter))
            .ToList();
        var usable = local.Where(adapter => AdapterTraits.IsUp(adapter) && adapter.IPv4Addresses.Any(Addresses.IsUsableIPv4)).ToList();
        var routed = usable.Where(adapter => adapter.Gateways.Any(Addresses.IsRealGateway)).ToList();
        if (routed.Count == 0)
        {
            return WithoutRoute(local, usable, evidence);
        }

        // With several routes out, the one with DNS servers is the one name resolution (and so Windows Update) uses.
        var carrier = routed.FirstOrDefault(AdapterTraits.HasDns) ?? routed[0];
        var address = FirstUsableAddress(carrier);
        var gateway = carrier.Gateways.First(Addresses.IsRealGateway);
        if (AdapterTraits.HasDns(carrier))
        {
            return CheckResult.Pass(Strings.FormatConnected(carrier.Name, address, gateway, string.Join(", ", carrier.DnsServers.Where(Addresses.IsRealDnsServer))), evidence);
        }

        // Windows asks the DNS servers of every adapter that is up, a VPN's included.
        var resolver = adapters.FirstOrDefault(adapter => AdapterTraits.IsUp(adapter) && AdapterTraits.HasDns(adapter));
        return resolver is null
            ? CheckResult.Fail(Strings.FormatNoDnsServer(carrier.Name, address), evidence)
            : CheckResult.Pass(Strings.FormatConnectedDnsElsewhere(carrier.Name, address, gateway, resolver.Name), evidence);
    }

    private static CheckResult WithoutRoute(List<AdapterInfo> local, List<AdapterInfo> usable, Evidence[] evidence)
    {
        // A virtual switch's address (WSL's or Hyper-V's Default Switch) stays up when the PC itself is offline.
        var real = usable.FirstOrDefault(adapter => !AdapterTraits.IsHostVirtualSwitch(adapter));
        return real is not null
            ? CheckResult.Warn(Strings.FormatNoGateway(real.Name, FirstUsableAddress(real)), evidence)
            : CheckResult.Fail(ExplainNoConnection(local), evidence);
    }

    private static string ExplainNoConnection(List<AdapterInfo> local)
    {
        var cards = local.Where(adapter => !AdapterTraits.IsHostVirtualSwitch(adapter)).ToList();
        if (cards.Count == 0)
        {
            return Strings.NoAdapter;
        }

        // The most telling cause first: a self-assigned address pins the fault on DHCP, not on the PC. Behind a
        // Hyper-V external switch the address sits on the switch, not on the card.
        var selfAssigned = cards.FirstOrDefault(HasSelfAssigned) ?? local.FirstOrDefault(HasSelfAssigned);
        if (selfAssigned is not null)
        {
            return Strings.FormatSelfAssigned(selfAssigned.Name, selfAssigned.IPv4Addresses.First(Addresses.IsSelfAssigned));
        }

        var names = string.Join(", ", cards.Select(adapter => adapter.Name));
        return cards.TrueForAll(adapter => adapter.State == AdapterState.Down)
            ? Strings.FormatMediaDisconnected(names)
            : Strings.FormatNoUsableAddress(names);
    }

    private static bool HasSelfAssigned(AdapterInfo adapter) => AdapterTraits.IsUp(adapter) && adapter.IPv4Addresses.Any(Addresses.IsSelfAssigned);

    private static string FirstUsableAddress(AdapterInfo adapter) => adapter.IPv4Addresses.First(Addresses.IsUsableIPv4);
}
