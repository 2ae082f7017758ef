using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Output.Reports;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Output.Intune;

/// <summary>
/// <c>wutk run --intune</c>, the detection half of an Intune remediation: the line that sums up the findings
/// (<c>check id: summary</c>, failed first, separated by semicolons) and the exit code Intune acts on.
/// </summary>
public static class IntuneRunLine
{
    public static string Of(RunReport report)
    {
        var view = new RunReportView(report);
        var text = report.ResultCode switch
        {
            ExitCodes.IssueFound => ReportPageStrings.FormatIntuneIssues(view.Issues.Count, Join(view.Findings)),
            ExitCodes.Incomplete => ReportPageStrings.FormatIntuneIncomplete(report.Count(CheckStatus.Error), Join(view.Findings)),
            _ => ReportPageStrings.FormatIntuneHealthy(report.Results.Count, report.Count(CheckStatus.Pass)),
        };
        return IntuneLine.Of(text);
    }

    /// <summary>
    /// Intune runs the remediation when detection exits non-zero. Only an issue found is one (1); an incomplete answer (3)
    /// is not something a fix can act on, so it exits 0 and says so in the line. Any other code (a usage error, a snapshot
    /// that cannot be read, an output that cannot be written) is kept: Intune shows it as a failed detection.
    /// </summary>
    public static int ExitCode(int runCode) => runCode switch
    {
        ExitCodes.IssueFound => ExitCodes.IssueFound,
        ExitCodes.Ok or ExitCodes.Incomplete => ExitCodes.Ok,
        _ => runCode,
    };

    private static string Join(IEnumerable<CheckOutcome> findings) =>
        string.Join("; ", findings.Select(finding => $"{finding.Id}: {finding.Summary.ReplaceLineEndings(" ")}"));
}
