using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The feature-upgrade orchestrator giving up: "Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]".
/// The phase it left is the subject; the code is the result it was carrying (the last failing "Result = 0x…" of
/// MOUPG before the change, or the "SetupResult: [0x…]" it initialises right after), and the extend code that follows
/// ("ImageExit: Initializing Extended: [0x50013]") says the phase and operation Setup was in. It says that the upgrade
/// failed, not why: an outcome, which the failure that started it explains.
/// </summary>
[ExportLogRule(Id, "Feature upgrades that entered Setup's error phase, with the result and extend code", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, "MOUPG" })]
public sealed class SetupPhaseErrorRule : ILogRule
{
    public const string Id = "setup.phase-error";

    private const string PhaseChange = "Setup phase change: [";
    private const string ToError = "-> [SetupPhaseError]";
    private const string Extended = "Initializing Extended:";

    /// <summary>How many MOUPG entries after the change the extend code may come.</summary>
    private const int Reach = 40;

    private readonly SetupRuns _runs = new();
    private uint? _lastResult;
    private (LogEntry Entry, string Phase)? _pending;
    private int _since;
    private bool _reported;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Observe(entry))
        {
            Report(findings, null);
            (_reported, _lastResult) = (false, null);
            return;
        }

        if (_reported || !entry.Component.Equals("MOUPG", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (_pending is not null && ++_since > Reach)
        {
            Report(findings, null);
            return;
        }

        if (text.Contains(PhaseChange, StringComparison.Ordinal))
        {
            if (_pending is null && text.Contains(ToError, StringComparison.Ordinal) && Words.Between(text, PhaseChange, "]") is { } phase)
            {
                (_pending, _since) = ((entry, phase), 0);
            }

            return;
        }

        var extendAt = text.IndexOf(Extended, StringComparison.Ordinal);
        if (extendAt >= 0)
        {
            if (_pending is not null && HResult.TryParseAt(text[(extendAt + Extended.Length)..].Trim().TrimStart('['), out var extend, out _))
            {
                Report(findings, extend);
            }

            return;
        }

        if ((HResult.TryFindAfter(text, "Result = ", out var code) || HResult.TryFindAfter(text, "SetupResult: [", out code)) &&
            HResult.IsFailure(code))
        {
            _lastResult = code;
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Report(findings, null);
    }

    private void Report(IFindingSink findings, uint? extend)
    {
        if (_reported || _pending is not { } pending)
        {
            return;
        }

        _reported = true;
        _pending = null;
        var summary = _lastResult is { } code
            ? Strings.FormatSetupEnteredError(pending.Phase, HResult.Format(code))
            : Strings.FormatSetupEnteredErrorNoCode(pending.Phase);
        if (extend is { } value && value != 0)
        {
            summary = Strings.FormatSetupWithExtend(summary, ExtendCode.Describe(value));
        }

        var finding = Findings.Of(FindingSeverity.Failure, Id, summary, pending.Entry, _lastResult, pending.Phase) with { Role = FindingRole.Outcome };
        findings.Add(_runs.Tag(finding));
    }
}
