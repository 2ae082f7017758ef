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
    /// <summary>How many times in all the log said this finding (1 when once).</summary>
    public long Occurrences(LogFinding finding) => 1 + (Repeats?.GetValueOrDefault(finding) ?? 0);

    /// <summary>How many distinct findings have this severity.</summary>
    public int Count(FindingSeverity severity) => Findings.Count(finding => finding.Severity == severity);

    /// <summary>True when a log shows a failure.</summary>
    public bool HasFailure => Findings.Any(finding => finding.Severity == FindingSeverity.Failure);

    /// <summary>True when a file could not be read through or a rule crashed: a clean answer would not be the whole answer.</summary>
    public bool IsIncomplete => Files.Any(file => file.Error is not null) || RuleProblems.Count > 0;

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

    /// <summary>The first failure on the timeline: where to start reading.</summary>
    public LogFinding? FirstFailure() => Timeline().FirstOrDefault(finding => finding.Severity == FindingSeverity.Failure);
}
