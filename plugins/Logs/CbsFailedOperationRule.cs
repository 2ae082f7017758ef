using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Servicing operations that failed with an HRESULT: CBS's Error-level "Failed to …" lines. CBS logs one failure
/// at every level of its call stack, so each code is reported once, at its first line. Info-level "Failed to …"
/// lines are not failures (CBS probes packages and reports 0x800F0805 CBS_E_INVALID_PACKAGE or 0x800F080D
/// CBS_E_PACKAGE_NOT_APPLICABLE at Info level in every Windows Update session), and lines another rule explains
/// better (a named package, store corruption) are left to that rule: the findings are generic, so the host drops one
/// whose code a failure of another rule in the same file carries.
/// <para>
/// Some Error lines are written by healthy PCs too and are not failures of servicing: the session's own reporting
/// (opening the event log to write its report, Windows Error Reporting, SQM and telemetry uploads) failing is no reason an
/// update did not install, and such a line marked as the first failure would send the user the wrong way.
/// </para>
/// </summary>
[ExportLogRule(Id, "Servicing (CBS) operations that failed with an error code", LogKind.Cbs, Markers = new[] { "Failed" })]
public sealed class CbsFailedOperationRule : ILogRule
{
    public const string Id = "cbs.failed-operation";

    /// <summary>A bound on distinct codes kept (real logs have a handful).</summary>
    private const int MaxCodes = 256;

    private readonly Dictionary<uint, LogEntry> _first = [];
    private readonly List<uint> _order = [];

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Level.Equals("Error", StringComparison.Ordinal) || !entry.Component.Equals("CBS", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (IsReporting(text))
        {
            return;
        }

        if (!text.Contains("Failed", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("Package_", StringComparison.Ordinal) ||
            !HResult.TryFindAfter(text, "HRESULT = ", out var code) ||
            !HResult.IsFailure(code) ||
            code is 0x80073712 or 0x800F0831)
        {
            return;
        }

        if (_first.Count < MaxCodes && _first.TryAdd(code, entry))
        {
            _order.Add(code);
        }
    }

    /// <summary>A failure of the session's own reporting (event log, WER, SQM, telemetry): noise, not the update's failure.</summary>
    private static bool IsReporting(ReadOnlySpan<char> text) =>
        text.Contains("event log", StringComparison.OrdinalIgnoreCase) || text.Contains("EventLog", StringComparison.OrdinalIgnoreCase) ||
        text.Contains("WER", StringComparison.Ordinal) || text.Contains("SQM", StringComparison.Ordinal) ||
        text.Contains("telemetry", StringComparison.OrdinalIgnoreCase);

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var code in _order)
        {
            var entry = _first[code];
            var said = Words.FirstLine(entry.Text.AsSpan()).Trim();
            var bracket = said.LastIndexOf('[');
            var message = (bracket > 0 ? said[..bracket] : said).TrimEnd().TrimEnd('.').ToString();
            findings.Add(Findings.Of(FindingSeverity.Failure, Id, Strings.FormatCbsOperationFailed(message, HResult.Format(code)), entry, code) with { IsGeneric = true });
        }
    }
}
