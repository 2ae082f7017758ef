using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// rollbackinfo.ini, where Setup records for its rollback where the upgrade was (the file of the rollback folder that
/// "Current phase string", "Current op string", "Current result string" and "Current bugcheck string" of the rollback log
/// are read from):
/// <code>
/// [Flow]
/// CurrentPhase=SafeOS,Start
/// CurrentOperation=44,end
/// OperationResult=2147942413
/// [Bugcheck]
/// Code=0x0000007e,…
/// </code>
/// A failing result (2147942413 is 0x8007000D) is the rolled-back upgrade (an outcome, like SetupDiag's
/// FindRollbackFailure); a bug check code is a cause of its own (FindDebugInfoFromRollbackLog). A record without either
/// says nothing.
/// </summary>
[ExportLogRule(Id, "Setup's rollback record (rollbackinfo.ini): phase, operation, result and bug check", LogKind.RollbackInfo)]
public sealed class RollbackInfoRule : ILogRule
{
    public const string Id = "setup.rollback-info";

    private string? _phase;
    private string? _operation;
    private (LogEntry Entry, uint Code)? _result;
    private (LogEntry Entry, string Code)? _bugCheck;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (entry.Field("CurrentPhase") is { Length: > 0 } phase && !IsNull(phase))
        {
            _phase = phase;
        }
        else if (entry.Field("CurrentOperation") is { Length: > 0 } operation && !IsNull(operation))
        {
            _operation = operation.Split(',')[0];
        }
        else if (entry.Field("OperationResult") is { Length: > 0 } result && Parse(result) is { } code)
        {
            _result = (entry, code);
        }
        else if (entry.Component.Equals("Bugcheck", StringComparison.OrdinalIgnoreCase) && entry.Field("Code") is { Length: > 0 } bugCheck && !IsNull(bugCheck))
        {
            _bugCheck = (entry, bugCheck);
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (_bugCheck is { } check)
        {
            var named = Strings.FormatSetupBugCheck(BugChecks.Describe(check.Code));
            findings.Add(SetupProfiles.Of("FindDebugInfoFromRollbackLog").Finding(Id, check.Entry, named) with { Subject = check.Code });
        }

        if (_result is { } result && HResult.IsFailure(result.Code))
        {
            var summary = Strings.FormatSetupRolledBack(_phase ?? Strings.Unknown, _operation ?? Strings.Unknown, HResult.Format(result.Code));
            var finding = Findings.Of(FindingSeverity.Failure, Id, summary, result.Entry, result.Code, _phase) with
            {
                Role = FindingRole.Outcome,
                Remedy = SetupProfiles.Of("FindRollbackFailure").Remedy,
            };
            findings.Add(finding);
        }
    }

    private static bool IsNull(string value) => value.Equals("NULL", StringComparison.OrdinalIgnoreCase);

    /// <summary>"2147942413" (decimal, as Setup writes it) or "0x8007000D".</summary>
    private static uint? Parse(string value)
    {
        var text = value.Trim();
        if (HResult.TryParseAt(text, out var hex, out _) && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return hex;
        }

        return uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed) ? unchecked((uint)signed)
            : null;
    }
}
