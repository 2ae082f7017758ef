using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Setup running out of disk space: an error with 0x80070070 (ERROR_DISK_FULL) or saying there is not enough
/// space. The compatibility scan's own disk-space checks log "checked InsufficientDiskSpace, found NoIssue" at
/// Info level when all is well; only Error and Warning lines count. One finding per file: the first.
/// </summary>
[ExportLogRule(Id, "Feature upgrades that ran out of disk space", LogKind.SetupAct, LogKind.SetupErr)]
public sealed class SetupDiskSpaceRule : ILogRule
{
    public const string Id = "setup.disk-space";

    private const uint DiskFull = 0x80070070;

    private bool _reported;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_reported ||
            !(entry.Level.Equals("Error", StringComparison.Ordinal) || entry.Level.Equals("Warning", StringComparison.Ordinal)))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        var full = text.Contains("0x80070070", StringComparison.OrdinalIgnoreCase) ||
                   text.Contains("not enough space", StringComparison.OrdinalIgnoreCase) ||
                   text.Contains("not enough disk space", StringComparison.OrdinalIgnoreCase) ||
                   (text.Contains("insufficient", StringComparison.OrdinalIgnoreCase) &&
                    text.Contains("space", StringComparison.OrdinalIgnoreCase) &&
                    !text.Contains("NoIssue", StringComparison.Ordinal));
        if (!full)
        {
            return;
        }

        _reported = true;
        findings.Add(Findings.Of(FindingSeverity.Failure, Id, Strings.SetupDiskFull, entry, DiskFull));
    }

    public void Complete(IFindingSink findings)
    {
    }
}
