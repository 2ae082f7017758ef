using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Sources;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// The last verdict on the component store that the servicing logs record, read through the log library with the
/// rules that already know those verdicts (the Logs plugin's): sfc's per-file outcome (<c>cbs.sfc-repair</c>), the
/// CheckSUR summary of a DISM scan or repair (<c>cbs.store-corruption</c>), and DISM /RestoreHealth runs that failed
/// (<c>dism.command-failed</c>). Nothing here reads a log line itself: the findings of those rules are the facts.
/// </summary>
public static class ComponentStoreHistory
{
    public const string SfcRule = "cbs.sfc-repair";
    public const string StoreRule = "cbs.store-corruption";
    public const string DismRule = "dism.command-failed";

    /// <summary>ERROR_SXS_COMPONENT_STORE_CORRUPT and CBS_E_STORE_CORRUPTION: servicing tripped over corruption that no
    /// repair has answered yet (as opposed to a repair that failed).</summary>
    private static readonly uint[] CorruptionFound = [0x80073712, 0x800F0831];

    /// <summary>The rules this reading needs, out of those loaded; empty when the plugin that brings them is not loaded.</summary>
    public static IReadOnlyList<ILogRuleFactory> Rules(IEnumerable<ILogRuleFactory> loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return loaded.Where(rule => rule.Id is SfcRule or StoreRule or DismRule).ToList();
    }

    /// <summary>Analyses <paramref name="sources"/> (CBS.log, its persisted predecessors, dism.log) with
    /// <paramref name="rules"/>, and gives the newest verdict, or the files that could not be read.</summary>
    /// <param name="logClock">The zone the logs' times are written in (the PC's local time).</param>
    public static Reading Read(IReadOnlyList<LogSource> sources, IReadOnlyList<ILogRuleFactory> rules, TimeZoneInfo logClock, CancellationToken cancellationToken)
    {
        var report = LogAnalysisRun.Run(sources, rules, progress: null, cancellationToken);
        var unreadable = report.Files.Where(file => file.Error is not null).Select(file => $"{file.Path}: {file.Error}").ToList();
        return new Reading(LastKnown(report.Timeline(), logClock), unreadable);
    }

    /// <summary>
    /// The newest verdict among <paramref name="timeline"/> (findings oldest first). sfc's rule keeps the last word on
    /// every file over all its runs, so its findings together are one verdict, dated by the newest of them: a file sfc
    /// could not repair means the store's copy is damaged too (Repairable: DISM /RestoreHealth is the way), a file it
    /// repaired means Repaired, a run with neither means Healthy; a picture it could not restore stops nothing. Each
    /// CheckSUR finding is a verdict of its own: Repaired, corruption found without a repair (Repairable), or a
    /// repair that failed (NotRepairable), like a failed /RestoreHealth in dism.log. Unknown when none is on record.
    /// </summary>
    public static ComponentStoreState LastKnown(IReadOnlyList<LogFinding> timeline, TimeZoneInfo logClock)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(logClock);
        var verdicts = new List<(int Order, ComponentStoreVerdict Verdict, LogFinding Finding)>();
        for (var order = 0; order < timeline.Count; order++)
        {
            var finding = timeline[order];
            if (Verdict(finding) is { } verdict)
            {
                verdicts.Add((order, verdict, finding));
            }
        }

        var sfc = timeline.Select((finding, order) => (Finding: finding, Order: order)).Where(item => item.Finding.RuleId == SfcRule).ToList();
        if (sfc.Count > 0)
        {
            var failed = sfc.Where(item => item.Finding.Severity == FindingSeverity.Failure).ToList();
            var repaired = sfc.FirstOrDefault(item => item.Finding.Severity == FindingSeverity.Repaired).Finding;
            var (verdict, deciding) = failed.Count > 0 ? (ComponentStoreVerdict.Repairable, failed[0].Finding)
                : repaired is not null ? (ComponentStoreVerdict.Repaired, repaired)
                : (ComponentStoreVerdict.Healthy, sfc[^1].Finding);
            var detail = failed.Count > 1 ? $"{deciding.Summary} (+{failed.Count - 1})" : deciding.Summary;
            verdicts.Add((sfc[^1].Order, verdict, deciding with { Summary = detail, Entry = sfc[^1].Finding.Entry }));
        }

        if (verdicts.Count == 0)
        {
            return new ComponentStoreState { Verdict = ComponentStoreVerdict.Unknown, Source = "CBS.log" };
        }

        var newest = verdicts.MaxBy(item => item.Order);
        return new ComponentStoreState
        {
            Verdict = newest.Verdict,
            Source = Path.GetFileName(newest.Finding.Entry.File.Replace('\\', '/')),
            ScannedUtc = Utc(newest.Finding.Entry.Time, logClock),
            Detail = newest.Finding.Summary,
        };
    }

    /// <summary>The verdict one CheckSUR or DISM finding states; sfc's are read together.</summary>
    private static ComponentStoreVerdict? Verdict(LogFinding finding) => (finding.RuleId, finding.Severity) switch
    {
        (StoreRule, FindingSeverity.Repaired) => ComponentStoreVerdict.Repaired,
        (StoreRule, FindingSeverity.Warning) => ComponentStoreVerdict.Repairable,
        (StoreRule, FindingSeverity.Info) => ComponentStoreVerdict.Healthy,
        (StoreRule, FindingSeverity.Failure) => finding.Code is { } code && CorruptionFound.Contains(code)
            ? ComponentStoreVerdict.Repairable
            : ComponentStoreVerdict.NotRepairable,
        (DismRule, FindingSeverity.Failure) when finding.Subject?.Contains("/restorehealth", StringComparison.OrdinalIgnoreCase) == true =>
            ComponentStoreVerdict.NotRepairable,
        _ => null,
    };

    /// <summary>CBS.log and dism.log write the PC's local time without an offset (the log library then calls it UTC).</summary>
    private static DateTimeOffset? Utc(DateTimeOffset? logged, TimeZoneInfo logClock)
    {
        if (logged is not { } time)
        {
            return null;
        }

        var local = DateTime.SpecifyKind(time.DateTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, logClock.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The newest verdict, and the files that could not be read (each "path: reason").</summary>
    public sealed record Reading(ComponentStoreState State, IReadOnlyList<string> Unreadable);
}
