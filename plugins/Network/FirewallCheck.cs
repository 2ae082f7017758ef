using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>Microsoft's Windows Update troubleshooting guide: downloads fail with 0x800706D9 or 0x80D0000A when the
/// Windows Firewall service is not running, and stopping it is not supported (the Store fails the same way). A third-party
/// firewall switches Windows Firewall's profiles off but leaves the service running, so it passes here.</summary>
[ExportCheck(
    "network.firewall",
    "Windows Firewall service running",
    Scenario = Scenario.Both,
    Tags = ["network", "firewall"],
    Description = "Whether the Windows Firewall service (MpsSvc) runs: Windows Update downloads and the Store fail "
        + "(0x800706D9, 0x80D0000A) without it, and Microsoft does not support stopping it. A third-party firewall leaves "
        + "the service running and passes.")]
public sealed class FirewallCheck : ICheck
{
    /// <summary>The Windows Firewall service (Windows Defender Firewall on Windows 10 and later).</summary>
    public const string ServiceName = "MpsSvc";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = await context.Machine.Services.GetAsync(ServiceName, cancellationToken).ConfigureAwait(false);
        if (service is null)
        {
            return CheckResult.Warn(Strings.FirewallAbsent, [new Evidence(ServiceName, Strings.EvidenceAbsent)]);
        }

        Evidence[] evidence = [new(ServiceName, $"{ServiceWords.Of(service.StartType)}/{ServiceWords.Of(service.State)}")];
        return service switch
        {
            { State: ServiceState.Running or ServiceState.StartPending } => CheckResult.Pass(Strings.FirewallRunning, evidence),
            { StartType: ServiceStartType.Disabled } => CheckResult.Warn(Strings.FormatFirewallDisabled(service.DisplayName), evidence),
            _ => CheckResult.Warn(Strings.FormatFirewallStopped(service.DisplayName, ServiceWords.Of(service.State)), evidence),
        };
    }
}
