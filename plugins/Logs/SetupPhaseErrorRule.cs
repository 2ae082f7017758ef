using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The feature-upgrade orchestrator giving up: "Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]".
/// The phase it left is the subject; the code is the result it was carrying (the last failing "Result = 0x…" of
/// MOUPG before the change, or the "SetupResult: [0x…]" it initialises right after).
/// </summary>
[ExportLogRule(Id, "Feature upgrades that entered Setup's error phase", LogKind.SetupAct, LogKind.SetupErr)]
public sealed class SetupPhaseErrorRule : ILogRule
{
    public const string Id = "setup.phase-error";

    private const string PhaseChange = "Setup phase change: [";
    private const string ToError = "-> [SetupPhaseError]";

    private uint? _lastResult;
    private (LogEntry Entry, string Phase)? _pending;
    private bool _reported;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_reported || !entry.Component.Equals("MOUPG", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (text.Contains(PhaseChange, StringComparison.Ordinal))
        {
            if (text.Contains(ToError, StringComparison.Ordinal) && Words.Between(text, PhaseChange, "]") is { } phase)
            {
                _pending = (entry, phase);
                if (_lastResult is not null)
                {
                    Report(findings);
                }
            }

            return;
        }

        if ((HResult.TryFindAfter(text, "Result = ", out var code) || HResult.TryFindAfter(text, "SetupResult: [", out code)) &&
            HResult.IsFailure(code))
        {
            _lastResult = code;
            if (_pending is not null)
            {
                Report(findings);
            }
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Report(findings);
    }

    private void Report(IFindingSink findings)
    {
        if (_reported || _pending is not { } pending)
        {
            return;
        }

        _reported = true;
        var summary = _lastResult is { } code
            ? Strings.FormatSetupEnteredError(pending.Phase, HResult.Format(code))
            : Strings.FormatSetupEnteredErrorNoCode(pending.Phase);
        findings.Add(Findings.Of(FindingSeverity.Failure, Id, summary, pending.Entry, _lastResult, pending.Phase));
    }
}
