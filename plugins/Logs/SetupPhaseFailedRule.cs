using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A Setup execution phase (Downlevel, Safe OS, First Boot, OOBE) that failed, as SetupPlatform says it:
/// "ExecuteOperations: Main operation execution failed. Error: 0x8007000D", "ExecuteOperations: Failed execution
/// phase Safe OS", "Execution phase [Safe OS] exiting with HRESULT [0x8007000D]". The three lines are one
/// finding, placed at the first, with the phase as subject: the phase is what the setup error codes' extend code
/// and SetupDiag call "last phase". A phase that exits with S_OK is not reported. It is SetupDiag's FindSPFatalError:
/// Setup Platform giving up. That says the upgrade failed, not why: an outcome, which the operation that failed first
/// (setup.operation-failed, setup.cause) explains.
/// </summary>
[ExportLogRule(Id, "Setup phases that failed, with the phase and the code", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, "Main operation execution failed. Error:", "Failed execution phase", "Execution phase" })]
public sealed class SetupPhaseFailedRule : ILogRule
{
    public const string Id = "setup.phase-failed";

    private const string MainFailed = "Main operation execution failed. Error:";
    private const string FailedPhase = "Failed execution phase ";
    private const string Exiting = "Execution phase [";

    private readonly SetupRuns _runs = new();
    private readonly HashSet<(string?, uint)> _reported = [];
    private (LogEntry Entry, uint Code)? _pending;
    private string? _phase;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Observe(entry))
        {
            (_pending, _phase) = (null, null);
            _reported.Clear();
            return;
        }

        if (!entry.Component.Equals("SP", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (text.Contains(MainFailed, StringComparison.Ordinal))
        {
            if (_pending is null && HResult.TryFindAfter(text, MainFailed, out var main) && HResult.IsFailure(main))
            {
                _pending = (entry, main);
            }
        }
        else if (text.Contains(FailedPhase, StringComparison.Ordinal))
        {
            _phase = Words.Between(text, FailedPhase, ". Error") ?? _phase;
        }
        else if (text.Contains(Exiting, StringComparison.Ordinal) && Words.Between(text, Exiting, "]") is { } phase)
        {
            if (HResult.TryFindAfter(text, "HRESULT [", out var code) && HResult.IsFailure(code))
            {
                Report(findings, _pending?.Entry ?? entry, phase, code);
            }

            (_pending, _phase) = (null, null);
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (_pending is { } pending)
        {
            Report(findings, pending.Entry, _phase, pending.Code);
        }
    }

    private void Report(IFindingSink findings, LogEntry entry, string? phase, uint code)
    {
        if (!_reported.Add((phase, code)))
        {
            return;
        }

        var summary = phase is null
            ? Strings.FormatSetupExecutionFailed(HResult.Format(code))
            : Strings.FormatSetupPhaseFailed(phase, HResult.Format(code));
        var finding = Findings.Of(FindingSeverity.Failure, Id, summary, entry, code, phase) with
        {
            Role = FindingRole.Outcome,
            Remedy = SetupProfiles.Of("FindSPFatalError").Remedy,
        };
        findings.Add(_runs.Tag(finding));
    }
}
