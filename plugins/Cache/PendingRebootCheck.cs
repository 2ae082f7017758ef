using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache;

/// <summary>While pending.xml exists, the servicing stack has work that only a restart completes, and it refuses
/// or queues further installs until then.</summary>
[ExportCheck("cache.pending-reboot", "Servicing operations waiting for a restart", Scenario = Scenario.Both, Tags = ["cache", "reboot"],
    Description = "Looks for pending.xml, which the servicing stack leaves while work waits for a restart: until the PC restarts, further updates are refused or queued.")]
public sealed class PendingRebootCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pending = await context.Machine.Storage.GetPathAsync(WindowsPaths.PendingXml, cancellationToken).ConfigureAwait(false);
        if (!pending.Exists)
        {
            return CheckResult.Pass(Strings.NoPendingRestart, new Evidence("pendingXml", Strings.EvidenceAbsent));
        }

        var evidence = new List<Evidence> { new("pendingXml", pending.Path) };
        if (pending.NewestWriteUtc is { } written)
        {
            evidence.Add(new Evidence("pendingXmlWrittenUtc", Timestamps.Format(written)));
        }

        return CheckResult.Warn(Strings.PendingRestart, evidence);
    }
}
