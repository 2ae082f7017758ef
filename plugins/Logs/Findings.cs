using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>Builds findings with the checks and fixes their code points at, so every rule hints the same way.</summary>
internal static class Findings
{
    public static LogFinding Of(FindingSeverity severity, string ruleId, string summary, LogEntry entry, uint? code = null, string? subject = null) =>
        new()
        {
            Severity = severity,
            RuleId = ruleId,
            Summary = summary,
            Entry = entry,
            Code = code,
            Subject = subject,
            CheckIds = code is { } checkCode ? CodeHints.ChecksFor(checkCode) : [],
            FixIds = code is { } fixCode ? CodeHints.FixesFor(fixCode) : [],
        };
}
