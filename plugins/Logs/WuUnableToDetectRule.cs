using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Automatic Updates telling the user that it could not look for updates: "Launched new AU client for directive
/// 'Unable To Detect'". It is the visible symptom of a search that failed (the search's own failure, with its
/// code, is reported by the failure rule when the log has it), so it is a Warning.
/// </summary>
[ExportLogRule(Id, "Automatic Updates reporting that it could not look for updates", LogKind.WindowsUpdate, Markers = new[] { "directive 'Unable To Detect'" })]
public sealed class WuUnableToDetectRule : ILogRule
{
    public const string Id = "wu.unable-to-detect";

    private bool _reported;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!_reported && entry.Text.Contains("directive 'Unable To Detect'", StringComparison.Ordinal))
        {
            _reported = true;
            findings.Add(Findings.Of(FindingSeverity.Warning, Id, Strings.WuUnableToDetect, entry));
        }
    }

    public void Complete(IFindingSink findings)
    {
    }
}
