using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The component store's fatal errors: CSI's <c>Error … (F)</c> lines, such as "Hydration failed for component
/// … on file …". CSI writes each failure as a run of (F) lines (a source-code trace, the failure, the failure
/// with its component); the run is one finding, told by its most specific line. (F) lines written while a
/// corruption scan (DISM /ScanHealth, /RestoreHealth) is under way are held back until the scan's verdict: if the
/// repair then succeeds they were repaired and are dropped (the store-corruption rule reports the repair), if it
/// fails or the log ends first they are failures.
/// </summary>
[ExportLogRule(Id, "Fatal component store (CSI) errors such as failed payload hydration", LogKind.Cbs, Markers = new[] { "(F) ", "Starting corruption detection", "Operation result:", "CheckSur: hrStatus:" })]
public sealed class CbsCsiFatalRule : ILogRule
{
    public const string Id = "cbs.csi-fatal";

    /// <summary>A bound on findings held back during one scan (hostile input could make every line fatal).</summary>
    private const int MaxHeld = 256;

    private readonly List<LogFinding> _held = [];
    private readonly HashSet<(uint?, string?)> _reported = [];
    private LogEntry? _best;
    private int _bestScore = -1;
    private bool _scanning;
    private uint? _lastSequence;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);

        if (entry.Component.Equals("CSI", StringComparison.Ordinal))
        {
            var text = entry.Text.AsSpan();
            if (entry.Level.Equals("Error", StringComparison.Ordinal) && text.Contains("(F) ", StringComparison.Ordinal))
            {
                // CSI numbers its lines: a gap in the numbers is a CSI line this rule was not shown (its markers
                // leave it out), which ends the run as it would have had it been shown.
                var sequence = Sequence(text);
                if (sequence is { } number && _lastSequence is { } last && number != last + 1)
                {
                    EndRun(findings);
                }

                _lastSequence = sequence;
                var score = Score(text);
                if (score > _bestScore)
                {
                    (_best, _bestScore) = (entry, score);
                }

                return;
            }

            // Any other CSI line ends a run of (F) lines.
            EndRun(findings);
            if (text.Contains("Starting corruption detection", StringComparison.Ordinal))
            {
                _scanning = true;
            }

            return;
        }

        if (entry.Component.Equals("CBS", StringComparison.Ordinal) && CbsRepairVerdict.TryRead(entry.Text, out var result))
        {
            EndRun(findings);
            if (!HResult.IsFailure(result))
            {
                // The repair succeeded: what the scan found broken is fixed now.
                _held.Clear();
            }

            Release(findings);
            _scanning = false;
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        EndRun(findings);
        Release(findings);
    }

    /// <summary>How telling an (F) line is: the failure with its component beats the failure, which beats a trace.</summary>
    /// <summary>The number CSI starts its message with (<c>0000000a (F) …</c>, <c>00000008@2023/5/17:… (F) …</c>), if any.</summary>
    private static uint? Sequence(ReadOnlySpan<char> text) =>
        text.Length >= 8 && uint.TryParse(text[..8], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static int Score(ReadOnlySpan<char> text)
    {
        if (text.Contains("Hydration failed for component ", StringComparison.Ordinal))
        {
            return 3;
        }

        // Marking the store corrupt is the consequence the store-corruption rule reports, not a failure of its own.
        if (text.Contains("Attempting to mark store corrupt", StringComparison.Ordinal))
        {
            return 0;
        }

        return text.Contains(".cpp(", StringComparison.Ordinal) || text.Contains(".h(", StringComparison.Ordinal) ? 1 : 2;
    }

    private void EndRun(IFindingSink findings)
    {
        if (_best is null)
        {
            return;
        }

        var (entry, score) = (_best, _bestScore);
        (_best, _bestScore) = (null, -1);
        if (score == 0)
        {
            return;
        }

        var finding = Describe(entry);
        if (!_scanning)
        {
            Report(finding, findings);
        }
        else if (_held.Count < MaxHeld)
        {
            _held.Add(finding);
        }
    }

    private void Release(IFindingSink findings)
    {
        foreach (var finding in _held)
        {
            Report(finding, findings);
        }

        _held.Clear();
    }

    /// <summary>The same failure of the same file is one finding, however often it recurs.</summary>
    private void Report(LogFinding finding, IFindingSink findings)
    {
        if (_reported.Add((finding.Code, finding.Subject)))
        {
            findings.Add(finding);
        }
    }

    private static LogFinding Describe(LogEntry entry)
    {
        var text = Words.FirstLine(entry.Text);
        var message = text[(text.IndexOf("(F) ", StringComparison.Ordinal) + "(F) ".Length)..];
        uint? code = HResult.TryFindGle(message, out var gle) ? gle : null;

        // "Hydration failed for component dual_helloface.inf, version …, on file X.dll with NTSTATUS -1073283059."
        if (message.StartsWith("Hydration failed for component ", StringComparison.Ordinal))
        {
            var component = Words.Between(message, "Hydration failed for component ", ",") ?? "";
            var file = Words.Between(message, " on file ", " with NTSTATUS");
            if (NtStatus(message) is { } status)
            {
                code = status;
            }

            return Findings.Of(FindingSeverity.Failure, Id, Strings.FormatCsiHydrationFailed(file ?? component, component), entry, code, file ?? component);
        }

        var gleAt = message.IndexOf("[gle=", StringComparison.Ordinal);
        var said = (gleAt < 0 ? message : message[..gleAt]).Trim();
        if (said.Length > 200)
        {
            said = said[..200];
        }

        return Findings.Of(FindingSeverity.Failure, Id, Strings.FormatCsiFatal(said.ToString()), entry, code);
    }

    /// <summary>The signed decimal NTSTATUS of "with NTSTATUS -1073283059", as an HRESULT where it wraps a Win32 error.</summary>
    private static uint? NtStatus(ReadOnlySpan<char> message)
    {
        var at = message.IndexOf("NTSTATUS -", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var digits = message[(at + "NTSTATUS ".Length)..];
        var length = 1;
        while (length < digits.Length && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        return int.TryParse(digits[..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var status)
            ? HResult.FromNtStatus(unchecked((uint)status))
            : null;
    }
}
