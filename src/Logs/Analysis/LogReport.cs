using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Analysis;

/// <summary>What an analysis found across all the files it read.</summary>
/// <param name="Files">Every source, in the order read, with its kind, entry count and any error.</param>
/// <param name="Findings">Each distinct finding once, file after file, in the order said.</param>
/// <param name="RuleProblems">Rules that crashed and were switched off for a file.</param>
/// <param name="Duration">How long the analysis took.</param>
/// <param name="Repeats">How many more times a finding was said, where it was.</param>
public sealed record LogReport(
    IReadOnlyList<AnalyzedFile> Files,
    IReadOnlyList<LogFinding> Findings,
    IReadOnlyList<RuleProblem> RuleProblems,
    TimeSpan Duration,
    IReadOnlyDictionary<LogFinding, long>? Repeats = null)
{
    // Worked out once, for the findings they were worked out from: a copy made with `with` and other findings works
    // them out again.
    private (IReadOnlyList<LogFinding> From, IReadOnlyList<AttemptVerdict> Attempts)? _attempts;
    private (IReadOnlyList<LogFinding> From, HashSet<LogFinding> Set)? _superseded;

    /// <summary>How many times in all the log said this finding (1 when once).</summary>
    public long Occurrences(LogFinding finding) => 1 + (Repeats?.GetValueOrDefault(finding) ?? 0);

    /// <summary>How many distinct findings have this severity.</summary>
    public int Count(FindingSeverity severity) => Findings.Count(finding => finding.Severity == severity);

    /// <summary>
    /// True when a log shows a failure that still stands: a failure of an attempt that a later run of the same operation
    /// in the same file superseded (see <see cref="IsSuperseded"/>) is history, not the PC's state.
    /// </summary>
    public bool HasFailure => Findings.Any(finding => finding.Severity == FindingSeverity.Failure && !IsSuperseded(finding));

    /// <summary>True when a file could not be read through or a rule crashed: a clean answer would not be the whole answer.</summary>
    public bool IsIncomplete => Files.Any(file => file.Error is not null) || RuleProblems.Count > 0;

    /// <summary>
    /// True when the finding belongs to a run of an operation (<see cref="LogFinding.Attempt"/>) that a later run of the
    /// same operation in the same file followed: a DISM repair that was cancelled and then run again, a Setup run that
    /// was started again. Findings without an attempt are never superseded.
    /// </summary>
    public bool IsSuperseded(LogFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Attempt is null)
        {
            return false;
        }

        if (_superseded is not { } cached || !ReferenceEquals(cached.From, Findings))
        {
            var latest = Findings.Where(f => f.Attempt is not null)
                .GroupBy(f => (f.Entry.File, f.Attempt!.Operation))
                .ToDictionary(group => group.Key, group => group.Max(f => f.Attempt!.Line));
            cached = (Findings, new HashSet<LogFinding>(
                Findings.Where(f => f.Attempt is { } attempt && attempt.Line < latest[(f.Entry.File, attempt.Operation)]),
                ReferenceEqualityComparer.Instance));
            _superseded = cached;
        }

        return cached.Set.Contains(finding);
    }

    /// <summary>
    /// Every run of an operation the findings name (<see cref="LogFinding.Attempt"/>), file after file in the order the
    /// runs started, each with its verdict: how it ended if a rule said so, else its first failure, else its first finding.
    /// </summary>
    public IReadOnlyList<AttemptVerdict> Attempts()
    {
        if (_attempts is { } cached && ReferenceEquals(cached.From, Findings))
        {
            return cached.Attempts;
        }

        var files = Files.Select(file => file.Path).ToList();
        var attempts = Findings.Where(f => f.Attempt is not null)
            .GroupBy(f => (f.Entry.File, f.Attempt!.Operation, f.Attempt.Line))
            .Select(group =>
            {
                var list = group.ToList();
                var failed = list.Exists(f => f.Severity == FindingSeverity.Failure);
                var verdict = list.Find(f => f.Role == FindingRole.Outcome && f.Severity == FindingSeverity.Failure)
                    ?? list.Find(f => f.Role == FindingRole.Cause && f.Severity == FindingSeverity.Failure)
                    ?? list.Find(f => f.Role == FindingRole.Outcome)
                    ?? list[0];
                return new AttemptVerdict(group.Key.File, list[0].Attempt!, verdict, failed, !IsSuperseded(list[0]));
            })
            .OrderBy(attempt => files.IndexOf(attempt.File))
            .ThenBy(attempt => attempt.Attempt.Line)
            .ToList();
        _attempts = (Findings, attempts);
        return attempts;
    }

    /// <summary>
    /// Every finding in time order across all files (findings without a time keep their place after the
    /// last timed one of their file). The cause of a failed update is usually the first failure, not the last.
    /// </summary>
    public IReadOnlyList<LogFinding> Timeline()
    {
        var ordered = new List<(DateTimeOffset Time, int Order, LogFinding Finding)>();
        var lastTime = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var order = 0;
        foreach (var finding in Findings)
        {
            var time = finding.Entry.Time ?? lastTime.GetValueOrDefault(finding.Entry.File, DateTimeOffset.MinValue);
            lastTime[finding.Entry.File] = time;
            ordered.Add((time, order++, finding));
        }

        return ordered.OrderBy(item => item.Time).ThenBy(item => item.Order).Select(item => item.Finding).ToList();
    }

    /// <summary>
    /// Where to start reading: the first failure on the timeline that still stands and that a rule gave as a cause rather
    /// than as how an attempt ended (a phase that failed, a rollback), and a specific cause before a catch-all one
    /// (<see cref="LogFinding.IsGeneric"/>). Only when no such failure exists is an outcome marked. Noise that healthy PCs
    /// also log is no failure at all: the rules that know it report it as such, so it is never marked.
    /// </summary>
    public LogFinding? FirstFailure()
    {
        var standing = Timeline().Where(finding => finding.Severity == FindingSeverity.Failure && !IsSuperseded(finding)).ToList();
        return standing.Find(finding => finding.Role == FindingRole.Cause && !finding.IsGeneric)
            ?? standing.Find(finding => finding.Role == FindingRole.Cause)
            ?? standing.FirstOrDefault();
    }
}
