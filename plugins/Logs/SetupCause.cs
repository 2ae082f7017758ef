using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// One cause of a failed (or, for a successful upgrade and a scan that found nothing, a finished) feature upgrade, as
/// SetupDiag names it with a rule (profile) name: what it means in plain words, what to do, and the wutk checks and
/// fixes that apply. Setup's own logs name the same causes; the rules that read them and the rule that reads SetupDiag's
/// verdict word them alike through this. The texts are in Resources/SetupCauses.resx under the profile's name.
/// </summary>
/// <param name="Profile">SetupDiag's rule name, such as <c>BitLockerHardblock</c>.</param>
/// <param name="Severity">Failure for a cause; Info for the two verdicts that are no failure.</param>
/// <param name="Checks">The wutk checks that look into it.</param>
/// <param name="Fixes">The wutk fixes that address it.</param>
internal sealed record SetupCause(string Profile, FindingSeverity Severity, IReadOnlyList<string> Checks, IReadOnlyList<string> Fixes)
{
    /// <summary>The cause in plain words, with what the log names (an app, a driver, a file) where the cause names one.</summary>
    public string Describe(string? subject) =>
        string.Format(CultureInfo.CurrentCulture, Text(Profile), subject ?? Text("Unnamed"));

    /// <summary>What to do about it.</summary>
    public string Remedy => Text(Profile + "_Remedy");

    /// <summary>A finding of this cause: its words, remedy, checks and fixes; the code's hints are added to the cause's own.</summary>
    public LogFinding Finding(string ruleId, LogEntry entry, string? subject, uint? code = null, string? detail = null)
    {
        var summary = Describe(subject);
        if (detail is { Length: > 0 })
        {
            summary = string.Concat(summary, " (", detail, ")");
        }

        var found = Findings.Of(Severity, ruleId, summary, entry, code, subject);
        return found with
        {
            Remedy = Remedy,
            CheckIds = Checks.Concat(found.CheckIds).Distinct(StringComparer.Ordinal).ToList(),
            FixIds = Fixes.Concat(found.FixIds).Distinct(StringComparer.Ordinal).ToList(),
            Role = Severity == FindingSeverity.Info ? FindingRole.Outcome : FindingRole.Cause,
        };
    }

    private static string Text(string key) =>
        SetupCauses.ResourceManager.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"No text for the SetupDiag cause {key}");
}
