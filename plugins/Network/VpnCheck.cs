using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>A connected VPN often carries all traffic, updates included, to a company network that throttles, filters or
/// blocks them; Microsoft recommends split tunnelling so that Windows Update and Delivery Optimization go straight out.
/// Worth knowing when updates fail only while the VPN is on, never a failure by itself.</summary>
[ExportCheck(
    "network.vpn",
    "VPN connections",
    Scenario = Scenario.Both,
    Tags = ["network", "vpn"],
    Description = "Names the VPN adapters that are connected: a VPN may carry update traffic through a company network that "
        + "slows or blocks it, so updates should bypass the tunnel (split tunnelling). A warning, never a failure.")]
public sealed class VpnCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var adapters = await context.Machine.Network.GetAdaptersAsync(cancellationToken).ConfigureAwait(false);
        var vpns = adapters.Where(AdapterTraits.IsVpn).ToList();
        var evidence = vpns.Select((adapter, index) => new Evidence($"vpn{index + 1}", AdapterTraits.Describe(adapter))).ToArray();

        var connected = vpns.Where(AdapterTraits.IsUp).ToList();
        if (connected.Count == 0)
        {
            return CheckResult.Pass(vpns.Count == 0 ? Strings.NoVpn : Strings.FormatVpnDisconnected(vpns.Count), evidence);
        }

        // A default gateway on the tunnel says it takes all traffic; without one it may still, through its routes.
        var names = string.Join(", ", connected.Select(adapter => adapter.Name));
        return connected.Exists(adapter => adapter.Gateways.Any(Addresses.IsRealGateway))
            ? CheckResult.Warn(Strings.FormatVpnFullTunnel(names), evidence)
            : CheckResult.Warn(Strings.FormatVpnConnected(names), evidence);
    }
}
