using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>Every update is installed from the component store (WinSxS): corruption there makes updates fail with
/// 0x80073712, 0x800F081F and the like until DISM repairs it. The verdict on record is read at once; a new
/// <c>DISM /ScanHealth</c> takes minutes, so it runs only when deep checks are asked for, and then its verdict wins.</summary>
[ExportCheck("health.component-store", "Component store health", Scenario = Scenario.Both, Tags = ["health", "servicing", "dism", "component-store"],
    Description = "Reads the component store's last recorded scan (and with --deep runs DISM /ScanHealth, whose verdict wins): corruption fails with DISM RestoreHealth as the fix, since updates install from the store; no scan on record passes.")]
public sealed class ComponentStoreCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var system = context.Machine.System;
        var lastKnown = await system.GetComponentStoreAsync(ComponentStoreScan.LastKnown, cancellationToken).ConfigureAwait(false);
        var evidence = new List<Evidence>();
        Describe(evidence, "lastKnown", lastKnown);

        var state = lastKnown;
        if (context.Deep)
        {
            // A scan that cannot run here (not elevated, or a snapshot without one) leaves the verdict on record.
            var scan = await Answers.AskAsync(() => system.GetComponentStoreAsync(ComponentStoreScan.ScanHealth, cancellationToken)).ConfigureAwait(false);
            if (scan is { IsKnown: true, Value: { } scanned })
            {
                Describe(evidence, "scanHealth", scanned);
                state = scanned;
            }
            else
            {
                evidence.Add(new("scanHealth", Strings.EvidenceNotAvailable));
            }
        }

        return Judge(state, evidence, context.Deep);
    }

    private static CheckResult Judge(ComponentStoreState state, List<Evidence> evidence, bool deep)
    {
        var when = state.ScannedUtc is { } scanned ? Durations.Date(scanned) : Strings.DateUnknown;
        switch (state.Verdict)
        {
            case ComponentStoreVerdict.Healthy:
                return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatStoreHealthy(state.Source, when), Evidence = evidence };
            case ComponentStoreVerdict.Repaired:
                var repaired = string.IsNullOrWhiteSpace(state.Detail)
                    ? Strings.FormatStoreRepaired(state.Source, when)
                    : Strings.FormatStoreRepairedDetail(state.Source, when, state.Detail.Trim());
                return new CheckResult { Status = CheckStatus.Pass, Summary = repaired, Evidence = evidence };
            case ComponentStoreVerdict.Repairable:
                return CheckResult.Fail(Strings.FormatStoreRepairable(state.Source, when), evidence, FixIds.RestoreHealth, FixIds.SystemFileCheck);
            case ComponentStoreVerdict.NotRepairable:
                return CheckResult.Fail(Strings.FormatStoreNotRepairable(state.Source, when), evidence, FixIds.RestoreHealth, FixIds.SystemFileCheck);
            default:
                // Nothing known is not something wrong: most PCs have never been scanned.
                return new CheckResult
                {
                    Status = CheckStatus.Pass,
                    Summary = deep ? Strings.StoreUnknownAfterDeep : Strings.StoreUnknown,
                    Evidence = evidence,
                };
        }
    }

    /// <summary>The verdict in the user's language; in English the enum name, as it always was.</summary>
    private static string VerdictWord(ComponentStoreVerdict verdict) => verdict switch
    {
        ComponentStoreVerdict.Healthy => Strings.VerdictHealthy,
        ComponentStoreVerdict.Repairable => Strings.VerdictRepairable,
        ComponentStoreVerdict.Repaired => Strings.VerdictRepaired,
        ComponentStoreVerdict.NotRepairable => Strings.VerdictNotRepairable,
        ComponentStoreVerdict.Unknown => Strings.VerdictUnknown,
        _ => verdict.ToString(),
    };

    private static void Describe(List<Evidence> evidence, string prefix, ComponentStoreState state)
    {
        evidence.Add(new($"{prefix}.verdict", VerdictWord(state.Verdict)));
        evidence.Add(new($"{prefix}.source", state.Source));
        if (state.ScannedUtc is { } scanned)
        {
            evidence.Add(new($"{prefix}.scanned", Durations.DateTime(scanned)));
        }

        if (!string.IsNullOrWhiteSpace(state.Detail))
        {
            evidence.Add(new($"{prefix}.detail", state.Detail.Trim()));
        }
    }
}
