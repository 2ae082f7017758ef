using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>
/// <c>sfc /scannow</c>: checks every protected system file and replaces a damaged one with the component store's copy.
/// It cannot be undone (the files it replaces were damaged) and takes many minutes. Because it repairs from the
/// component store, a store known to be damaged is repaired first (<c>health.restore-health</c>), and the plan says so.
/// </summary>
[ExportFix(FixIds.SystemFileCheck, "Check and repair system files (sfc /scannow)",
    Description = "Runs sfc /scannow, which checks every protected system file and replaces damaged ones from the component store; takes 10 to 30 minutes and cannot be undone. Repair the component store first (health.restore-health) when it is damaged.",
    Addresses = ["health.component-store"], Impact = FixImpact.Heavy, Scenario = Scenario.Both)]
public sealed class SystemFileCheckFix : IFix
{
    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var system = context.Machine.System;
        var store = await Answers.AskAsync(() => system.GetComponentStoreAsync(ComponentStoreScan.LastKnown, cancellationToken)).ConfigureAwait(false);
        var notes = new List<string>();
        if (store.Value is { Verdict: ComponentStoreVerdict.Repairable or ComponentStoreVerdict.NotRepairable } damaged)
        {
            notes.Add(FixStrings.FormatSfcStoreDamaged(damaged.Source));
        }

        notes.Add(FixStrings.SfcLog);
        return new FixPlan
        {
            Steps =
            [
                new RunProgramStep
                {
                    Program = SystemPrograms.Sfc,
                    Arguments = ["/scannow"],
                    LongRunning = true,
                    Timeout = TimeSpan.FromHours(2),
                    Reason = FixStrings.SfcReason,
                },
            ],
            Notes = notes,
        };
    }
}
