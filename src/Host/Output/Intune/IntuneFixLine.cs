using System.Text.Json;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Output.Intune;

/// <summary>
/// <c>wutk fix --for-failed --yes --intune</c>, the remediation half of an Intune remediation: one line saying what was
/// fixed (each fix with how it ended, each check it addresses before and after), and exit 0 only when everything it
/// tried was fixed, 1 otherwise.
/// </summary>
public static class IntuneFixLine
{
    public static string Of(FixCommandReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Fixes.Count == 0)
        {
            var message = report.Message.Length > 0 ? report.Message : ReportPageStrings.NoFailedChecks;
            return IntuneLine.Of(report.ExitCode == ExitCodes.Ok
                ? ReportPageStrings.FormatIntuneNothingToFix(message)
                : ReportPageStrings.FormatIntuneNotFixed(report.ExitCode, message));
        }

        var entries = string.Join("; ", report.Fixes.Select(Entry));
        var text = report.DryRun ? ReportPageStrings.FormatIntunePlanned(entries)
            : report.ExitCode == ExitCodes.Ok ? ReportPageStrings.FormatIntuneFixed(entries)
            : ReportPageStrings.FormatIntuneNotFixed(report.ExitCode, entries);
        return IntuneLine.Of(text);
    }

    /// <summary>0 when what was needed was fixed (or, with <c>--dry-run</c>, planned) or nothing needed fixing; 1 otherwise.</summary>
    public static int ExitCode(FixCommandReport report) =>
        report?.ExitCode == ExitCodes.Ok ? ExitCodes.Ok : ExitCodes.IssueFound;

    private static string Entry(FixEntry entry)
    {
        var status = JsonNamingPolicy.CamelCase.ConvertName(entry.Status.ToString());
        var text = ReportPageStrings.FormatIntuneFixStatus(entry.Planned.Fix.Id, status);
        var changes = entry.Verification.Select(change => ReportPageStrings.FormatIntuneCheckChange(
            change.Id,
            change.Before is { } before ? StatusText.ForPeople(before) : "-",
            StatusText.ForPeople(change.After.Status)));
        var detail = string.Join(", ", changes);
        if (detail.Length == 0 && entry.Message.Length > 0)
        {
            detail = entry.Message;
        }

        return detail.Length > 0 ? $"{text} ({detail})" : text;
    }
}
