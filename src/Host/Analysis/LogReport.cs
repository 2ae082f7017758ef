using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Analysis;

/// <summary>What <c>wutk logs analyze</c> found across all the files it read.</summary>
public sealed record LogReport(
    IReadOnlyList<AnalyzedFile> Files,
    IReadOnlyList<LogFinding> Findings,
    IReadOnlyList<RuleProblem> RuleProblems,
    TimeSpan Duration,
    IReadOnlyDictionary<LogFinding, long>? Repeats = null)
{
    /// <summary>How many times in all the log said this finding (1 when once).</summary>
    public long Occurrences(LogFinding finding) => 1 + (Repeats?.GetValueOrDefault(finding) ?? 0);

    public int Count(FindingSeverity severity) => Findings.Count(finding => finding.Severity == severity);

    /// <summary>Like <c>wutk run</c>: 1 when a log shows a failure, 3 when nothing failed but a file or rule could not be read through.</summary>
    public int ExitCode =>
        Count(FindingSeverity.Failure) > 0 ? ExitCodes.IssueFound
        : Files.Any(file => file.Error is not null) || RuleProblems.Count > 0 ? ExitCodes.Incomplete
        : ExitCodes.Ok;

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
