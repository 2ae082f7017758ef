using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A feature upgrade that rolled back, from the rollback log's opening ("Initiating rollback/uninstall, phase =
/// 0", then "Current phase string : SafeOS,Start", "Current op string : 44,end", "Current result: 0x8007000D"):
/// the phase and operation Setup was in and the result it failed with, which is where to look in the setupact.log
/// of the failed attempt. Setup rolls back in several stages that repeat the same state; it is one finding, an outcome
/// (SetupDiag's FindRollbackFailure). When "Current bugcheck string" names a bug check (anything but NULL), Windows
/// stopped with a blue screen during the upgrade: that is a cause of its own (FindDebugInfoFromRollbackLog), said with
/// the bug check code, and the memory dump Setup kept (setupmem.dmp) names the driver.
/// </summary>
[ExportLogRule(Id, "Feature upgrades that rolled back, with the phase, operation and result", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { "Initiating rollback", "Current phase string", "Current op string", "Current bugcheck string", "Current result:" })]
public sealed class SetupRollbackRule : ILogRule
{
    public const string Id = "setup.rollback";

    private readonly HashSet<(string?, string?, uint?)> _reported = [];
    private LogEntry? _start;
    private string? _phase;
    private string? _operation;
    private string? _bugCheck;
    private bool _bugCheckReported;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Component.Equals("SP", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan()).Trim();
        if (text.StartsWith("Initiating rollback", StringComparison.Ordinal))
        {
            _start ??= entry;
        }
        else if (_start is null || !text.StartsWith("Current ", StringComparison.Ordinal))
        {
            return;
        }
        else if (text.StartsWith("Current phase string", StringComparison.Ordinal))
        {
            _phase = Value(text);
        }
        else if (text.StartsWith("Current op string", StringComparison.Ordinal))
        {
            _operation = Value(text)?.Split(',')[0];
        }
        else if (text.StartsWith("Current bugcheck string", StringComparison.Ordinal))
        {
            _bugCheck = Value(text);
            if (_bugCheck is { } bugCheck && !_bugCheckReported)
            {
                _bugCheckReported = true;
                var named = Strings.FormatSetupBugCheck(BugChecks.Describe(bugCheck));
                findings.Add(SetupProfiles.Of("FindDebugInfoFromRollbackLog").Finding(Id, entry, named) with { Subject = bugCheck });
            }
        }
        else if (text.StartsWith("Current result:", StringComparison.Ordinal) &&
                 HResult.TryFindAfter(text, ":", out var code))
        {
            Report(findings, HResult.IsFailure(code) ? code : null);
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (_start is not null)
        {
            Report(findings, null);
        }
    }

    private static string? Value(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        var value = colon < 0 ? default : text[(colon + 1)..].Trim();
        return value.IsEmpty || value.Equals("NULL", StringComparison.Ordinal) ? null : value.ToString();
    }

    private void Report(IFindingSink findings, uint? code)
    {
        var start = _start!;
        _start = null;
        if (!_reported.Add((_phase, _operation, code)))
        {
            return;
        }

        var phase = _phase ?? Strings.Unknown;
        var operation = _operation ?? Strings.Unknown;
        var summary = code is { } failed
            ? Strings.FormatSetupRolledBack(phase, operation, HResult.Format(failed))
            : Strings.FormatSetupRolledBackNoCode(phase, operation);
        if (_bugCheck is { } check)
        {
            summary = Strings.FormatSetupWithBugCheck(summary, BugChecks.Describe(check));
        }

        var finding = Findings.Of(FindingSeverity.Failure, Id, summary, start, code, _phase) with
        {
            Role = FindingRole.Outcome,
            Remedy = SetupProfiles.Of("FindRollbackFailure").Remedy,
        };
        findings.Add(finding);
    }
}
