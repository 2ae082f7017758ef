using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// How a run of Setup ended, as SetupHost writes it when it exits:
/// <code>
/// MOUPG  ImageExit: Initializing SetupResult: [0x80070032]
/// MOUPG  ImageExit: Initializing Extended:    [0x50013]
/// </code>
/// The extend code says the phase and operation Setup was in, which is where to look. A result of 0 is a run that ended
/// without an error, and 0xC1900210 (MOSETUP_E_COMPAT_SCANONLY) a compatibility scan that found nothing: both are the
/// run's verdict, not failures (SetupDiag's CompatScanOnly). Any other result is the run's failure, given as its outcome:
/// the cause is what failed first, which other rules name, so a failing result gives way to a finding of another rule
/// with the same code. One finding per run.
/// </summary>
[ExportLogRule(Id, "How each run of Setup ended: its result and extend code (phase and operation)", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, "Initializing SetupResult:", "Initializing Extended:" })]
public sealed class SetupResultRule : ILogRule
{
    public const string Id = "setup.result";

    private const string ResultMarker = "Initializing SetupResult:";
    private const string ExtendedMarker = "Initializing Extended:";
    private const uint ScanOnly = 0xC1900210;
    private const uint CompatBlock = 0xC1900208;

    private readonly SetupRuns _runs = new();
    private (LogEntry Entry, uint Code)? _pending;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Observe(entry))
        {
            Report(findings, null);
            return;
        }

        if (!entry.Component.Equals("MOUPG", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (HResult.TryFindAfter(text, ResultMarker, out var code) || TryBracketed(text, ResultMarker, out code))
        {
            Report(findings, null);
            _pending = (entry, code);
        }
        else if (_pending is not null && TryBracketed(text, ExtendedMarker, out var extend))
        {
            Report(findings, extend);
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Report(findings, null);
    }

    private static bool TryBracketed(ReadOnlySpan<char> text, string marker, out uint code)
    {
        code = 0;
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = text[(at + marker.Length)..].Trim().TrimStart('[');
        return HResult.TryParseAt(rest, out code, out _);
    }

    private void Report(IFindingSink findings, uint? extend)
    {
        if (_pending is not { } pending)
        {
            return;
        }

        _pending = null;
        var (entry, code) = pending;
        var hex = HResult.Format(code);
        var where = extend is { } value && value != 0 ? ExtendCode.Describe(value) : null;
        LogFinding finding;
        if (code == 0)
        {
            finding = Findings.Of(FindingSeverity.Info, Id, Strings.SetupRunSucceeded, entry);
        }
        else if (code == ScanOnly)
        {
            finding = SetupProfiles.Of("CompatScanOnly").Finding(Id, entry, null, code);
        }
        else
        {
            var summary = code == CompatBlock ? Strings.FormatSetupRunBlocked(hex)
                : where is null ? Strings.FormatSetupRunFailed(hex)
                : Strings.FormatSetupRunFailedAt(hex, where);
            finding = Findings.Of(HResult.IsFailure(code) ? FindingSeverity.Failure : FindingSeverity.Warning, Id, summary, entry, code, where);
            if (code == CompatBlock)
            {
                finding = finding with { Remedy = Strings.SetupRunBlockedRemedy, CheckIds = ["upgrade.appraiser"] };
            }
        }

        // A failing result gives way to a rule that names the same code better (where it failed first, the phase it broke).
        findings.Add(_runs.Tag(finding with { Role = FindingRole.Outcome, IsGeneric = finding.Severity == FindingSeverity.Failure }));
    }
}
