using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>Nothing downloads without a working connection: at least one adapter other than loopback or a tunnel
/// must be up with a real IPv4 address (a self-assigned 169.254.x.x one means DHCP never answered), and one of
/// them needs a default gateway to leave the local network.</summary>
[ExportCheck("network.adapter", "Network adapter up with a usable address", Scenario = Scenario.Both, Tags = ["network"])]
public sealed class AdapterCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var adapters = await context.Machine.Network.GetAdaptersAsync(cancellationToken).ConfigureAwait(false);
        var evidence = adapters.Select((adapter, index) => new Evidence($"adapter{index + 1}", Describe(adapter))).ToArray();

        // A VPN tunnel rides on another adapter, and loopback never leaves the PC: neither is a connection.
        var physical = adapters.Where(adapter => adapter.Kind is not (AdapterKind.Loopback or AdapterKind.Tunnel)).ToList();
        var usable = physical
            .Where(adapter => adapter.State == AdapterState.Up && adapter.IPv4Addresses.Any(Addresses.IsUsableIPv4))
            .ToList();

        if (usable.Count == 0)
        {
            return CheckResult.Fail(ExplainNoConnection(physical), evidence);
        }

        var routed = usable.FirstOrDefault(adapter => adapter.Gateways.Any(Addresses.IsRealGateway));
        if (routed is null)
        {
            var only = usable[0];
            return CheckResult.Warn(Strings.FormatNoGateway(only.Name, FirstUsableAddress(only)), evidence);
        }

        return CheckResult.Pass(
            Strings.FormatConnected(routed.Name, FirstUsableAddress(routed), routed.Gateways.First(Addresses.IsRealGateway)),
            evidence);
    }

    private static string ExplainNoConnection(List<AdapterInfo> physical)
    {
        if (physical.Count == 0)
        {
            return Strings.NoAdapter;
        }

        // The most telling cause first: a self-assigned address pins the fault on DHCP, not on the PC.
        var selfAssigned = physical.FirstOrDefault(adapter =>
            adapter.State == AdapterState.Up && adapter.IPv4Addresses.Any(Addresses.IsSelfAssigned));
        if (selfAssigned is not null)
        {
            return Strings.FormatSelfAssigned(selfAssigned.Name, selfAssigned.IPv4Addresses.First(Addresses.IsSelfAssigned));
        }

        var names = string.Join(", ", physical.Select(adapter => adapter.Name));
        return physical.TrueForAll(adapter => adapter.State == AdapterState.Down)
            ? Strings.FormatMediaDisconnected(names)
            : Strings.FormatNoUsableAddress(names);
    }

    private static string FirstUsableAddress(AdapterInfo adapter) => adapter.IPv4Addresses.First(Addresses.IsUsableIPv4);

    private static string Describe(AdapterInfo adapter) =>
        $"{adapter.Name} ({adapter.Kind}): {adapter.State}; ipv4 {List(adapter.IPv4Addresses)}; gateway {List(adapter.Gateways)}";

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);
}
