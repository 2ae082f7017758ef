using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Output.Reports;

/// <summary>
/// A run as a report for people reads it (the HTML page, the Markdown for a ticket, the Intune line): the verdict
/// sentence first, then the rows that need attention (failed, warned, could not run) before the rest.
/// </summary>
public sealed class RunReportView(RunReport report)
{
    public RunReport Report { get; } = report ?? throw new ArgumentNullException(nameof(report));

    /// <summary>The rows that need attention, failed first, then could not run, then warned; by id within each.</summary>
    public IReadOnlyList<CheckOutcome> Findings { get; } =
    [
        .. report.Results.Where(NeedsAttention).OrderBy(result => Rank(result.Status)).ThenBy(result => result.Id, StringComparer.Ordinal),
    ];

    /// <summary>The other rows (passed and skipped), in run order.</summary>
    public IReadOnlyList<CheckOutcome> Others { get; } = [.. report.Results.Where(result => !NeedsAttention(result))];

    /// <summary>What the verdict says, as a stable word for styles: <c>issues</c>, <c>incomplete</c> or <c>healthy</c>.</summary>
    public string VerdictKind => Report.ResultCode switch
    {
        ExitCodes.IssueFound => "issues",
        ExitCodes.Incomplete => "incomplete",
        _ => "healthy",
    };

    /// <summary>One sentence: is there a problem, and how many.</summary>
    public string Verdict => Report.ResultCode switch
    {
        ExitCodes.IssueFound => ReportPageStrings.FormatVerdictIssues(Issues.Count),
        ExitCodes.Incomplete => ReportPageStrings.FormatVerdictIncomplete(Report.Count(CheckStatus.Error)),
        _ => ReportPageStrings.VerdictHealthy,
    };

    /// <summary>The rows that make the verdict an issue: failed ones, and warned ones with <c>--fail-on warn</c>.</summary>
    public IReadOnlyList<CheckOutcome> Issues =>
        [.. Findings.Where(result => result.Status == CheckStatus.Fail || (Report.FailOnWarn && result.Status == CheckStatus.Warn))];

    /// <summary>The counts line every format ends with ("16 checks: 14 passed, …").</summary>
    public string Summary => Strings.FormatRunSummary(
        Report.Results.Count,
        Report.Count(CheckStatus.Pass),
        Report.Count(CheckStatus.Warn),
        Report.Count(CheckStatus.Fail),
        Report.Count(CheckStatus.Skipped),
        Report.Count(CheckStatus.Error));

    /// <summary>What was diagnosed, in words.</summary>
    public string Machine => Report.MachineKind == "snapshot" ? ReportPageStrings.FormatEnvSnapshot(Report.Machine) : ReportPageStrings.EnvLive;

    /// <summary>The plugins whose checks ran, by name.</summary>
    public IReadOnlyList<string> Plugins { get; } = [.. report.Results.Select(result => result.Plugin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The command that applies a fix, as the reader types it.</summary>
    public static string FixCommand(string fixId) => $"wutk fix {fixId}";

    private static bool NeedsAttention(CheckOutcome result) => result.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error;

    private static int Rank(CheckStatus status) => status switch
    {
        CheckStatus.Fail => 0,
        CheckStatus.Error => 1,
        _ => 2,
    };
}
