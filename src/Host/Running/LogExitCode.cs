using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Running;

/// <summary>The exit code of <c>wutk logs</c>, like <c>wutk run</c>'s: 1 when a log shows a failure that still stands (not one
/// of an attempt a later run of the same operation superseded), 3 when nothing failed but a file or rule could not be read
/// through, else 0. Verdicts that are no failure (an upgrade that succeeded, a scan that found nothing) are information.</summary>
public static class LogExitCode
{
    public static int Of(LogReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.HasFailure ? ExitCodes.IssueFound
            : report.IsIncomplete ? ExitCodes.Incomplete
            : ExitCodes.Ok;
    }
}
