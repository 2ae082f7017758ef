using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Output.Reports;

/// <summary>
/// What a run report says to people, in the order they read it, as text not yet escaped: the opening (the title naming
/// the PC that was diagnosed, the verdict, the counts), the findings with the lead to their fix commands, the other
/// checks, the environment. The HTML page and the Markdown for a ticket lay out this one outline each in its markup,
/// so what a report says is decided once.
/// </summary>
/// <param name="Title">"wutk report: …" with what was diagnosed.</param>
/// <param name="Verdict">One sentence: is there a problem, and how many.</param>
/// <param name="VerdictKind">The verdict as a stable word for styles (<see cref="RunReportView.VerdictKind"/>).</param>
/// <param name="Counts">The counts line ("16 checks: 14 passed, …").</param>
/// <param name="FindingsHeading">The heading over the findings, shown only when there are findings.</param>
/// <param name="Findings">The rows that need attention, failed first (<see cref="RunReportView.Findings"/>).</param>
/// <param name="FixLead">What stands before a finding's fix commands.</param>
/// <param name="OthersHeading">The heading of the folded table of the other checks, with their number.</param>
/// <param name="OthersColumns">That table's column headings: status, check, finding.</param>
/// <param name="Others">The passed and skipped rows, in run order.</param>
/// <param name="EnvironmentHeading">The heading of the folded environment.</param>
/// <param name="Environment">The environment's rows (<see cref="ReportEnvironment"/>).</param>
public sealed record RunReportOutline(
    string Title,
    string Verdict,
    string VerdictKind,
    string Counts,
    string FindingsHeading,
    IReadOnlyList<CheckOutcome> Findings,
    string FixLead,
    string OthersHeading,
    IReadOnlyList<string> OthersColumns,
    IReadOnlyList<CheckOutcome> Others,
    string EnvironmentHeading,
    IReadOnlyList<(string Name, string Value)> Environment)
{
    public static RunReportOutline Of(RunReport report, string toolVersion)
    {
        var view = new RunReportView(report);
        return new RunReportOutline(
            ReportPageStrings.FormatPageTitle(view.Machine),
            view.Verdict,
            view.VerdictKind,
            view.Summary,
            ReportPageStrings.FindingsHeading,
            view.Findings,
            ReportPageStrings.FixLead,
            ReportPageStrings.FormatOtherChecksHeading(view.Others.Count),
            [Strings.ColumnStatus, Strings.ColumnCheck, Strings.ColumnFinding],
            view.Others,
            ReportPageStrings.EnvironmentHeading,
            [.. ReportEnvironment.Rows(view, report, toolVersion)]);
    }

    /// <summary>The commands that apply a finding's fixes, as the reader types them.</summary>
    public static IEnumerable<string> FixCommands(CheckOutcome finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.FixIds.Select(RunReportView.FixCommand);
    }
}
