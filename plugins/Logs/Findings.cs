using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>Builds findings with the checks and fixes their code points at, so every rule hints the same way.</summary>
internal static class Findings
{
    public static LogFinding Of(FindingSeverity severity, string ruleId, string summary, LogEntry entry, uint? code = null, string? subject = null) =>
        new(severity, ruleId, summary, entry, code, subject,
            code is { } checkCode ? CodeHints.ChecksFor(checkCode) : [],
            code is { } fixCode ? CodeHints.FixesFor(fixCode) : []);
}
