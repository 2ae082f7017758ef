using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Corruption of the component store (WinSxS), from the moment CSI counts it ("Corruption detection complete.
/// numCorruptions = 5") or servicing trips over it (0x80073712 ERROR_SXS_COMPONENT_STORE_CORRUPT, 0x800F0831
/// CBS_E_STORE_CORRUPTION) to the verdict of the repair in the CheckSUR summary ("Operation result: 0x0",
/// "Total Repaired Corruption", "CheckSur: hrStatus: 0x0 [S_OK]"). Corruption that the repair fixed is Repaired,
/// not a failure; a repair that failed or left some behind is a Failure; corruption with no verdict in the log is a
/// Warning (a scan only counts, and the excerpt may end before the repair does), except servicing's own
/// corruption errors, which already failed an operation.
/// </summary>
[ExportLogRule(Id, "Component store corruption: found, repaired, or left broken", LogKind.Cbs, Markers = new[] { "corrupt", "Operation:", "Operation result:", "CheckSur: hrStatus:" })]
public sealed class CbsStoreCorruptionRule : ILogRule
{
    public const string Id = "cbs.store-corruption";

    private const uint SxsStoreCorrupt = 0x80073712;
    private const uint CbsStoreCorruption = 0x800F0831;

    /// <summary>A bound on the corruption errors held until a verdict (they name packages; a store has a few hundred).</summary>
    private const int MaxHeld = 256;

    private readonly List<(LogEntry Entry, uint Code, string? Package)> _errors = [];
    private readonly HashSet<(uint, string?)> _seen = [];
    private LogEntry? _detectedEntry;
    private long _detected;
    private long? _summaryDetected;
    private long? _summaryRepaired;
    private bool _repairRequested;
    private LogEntry? _resultEntry;
    private uint? _result;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);

        if (entry.Component.Equals("CSI", StringComparison.Ordinal))
        {
            const string Marker = "Corruption detection complete. numCorruptions = ";
            var text = entry.Text.AsSpan();
            var at = text.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0 && Count(text[(at + Marker.Length)..]) is > 0 and var count)
            {
                (_detectedEntry, _detected) = (entry, count);
            }

            return;
        }

        if (!entry.Component.Equals("CBS", StringComparison.Ordinal))
        {
            return;
        }

        var line = entry.Text.AsSpan().TrimStart();
        if (CbsRepairVerdict.TryRead(entry.Text, out var result))
        {
            if (line.StartsWith("CheckSur:", StringComparison.Ordinal))
            {
                Verdict(_result ?? result, _resultEntry ?? entry, findings);
            }
            else
            {
                (_result, _resultEntry) = (result, entry);
            }
        }
        else if (line.StartsWith("Operation:", StringComparison.Ordinal))
        {
            _repairRequested = line.Contains("Repair", StringComparison.Ordinal);
        }
        else if (line.StartsWith("Total Detected Corruption:", StringComparison.Ordinal))
        {
            _summaryDetected = Count(line["Total Detected Corruption:".Length..]);
        }
        else if (line.StartsWith("Total Repaired Corruption:", StringComparison.Ordinal))
        {
            _summaryRepaired = Count(line["Total Repaired Corruption:".Length..]);
        }
        else if (line.Contains("CORRUPT", StringComparison.Ordinal))
        {
            // The symbolic names CBS prints after the code: "[HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]".
            Hold(entry, line);
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (_result is { } result && _resultEntry is { } resultEntry)
        {
            Verdict(result, resultEntry, findings);
            return;
        }

        if (_detectedEntry is not null)
        {
            findings.Add(Findings.Of(FindingSeverity.Warning, Id, Strings.FormatStoreCorruptionFound(Number(_detected)), _detectedEntry));
        }

        foreach (var (entry, code, package) in _errors)
        {
            findings.Add(Findings.Of(FindingSeverity.Failure, Id,
                package is null ? Strings.FormatStoreCorruptCode(HResult.Format(code)) : Strings.FormatStoreCorruptCodePackage(HResult.Format(code), package),
                entry, code, package));
        }
    }

    private void Hold(LogEntry entry, ReadOnlySpan<char> line)
    {
        if (!HResult.TryFindAfter(line, "HRESULT = ", out var code) || code is not (SxsStoreCorrupt or CbsStoreCorruption))
        {
            return;
        }

        var package = Words.Package(line);
        if (_errors.Count < MaxHeld && _seen.Add((code, package)))
        {
            _errors.Add((entry, code, package));
        }
    }

    private void Verdict(uint result, LogEntry entry, IFindingSink findings)
    {
        var detected = _summaryDetected ?? _detected;
        var repaired = _summaryRepaired ?? 0;
        if (HResult.IsFailure(result))
        {
            findings.Add(Findings.Of(FindingSeverity.Failure, Id, Strings.FormatStoreRepairFailed(HResult.Format(result), Number(detected)), entry, result));
        }
        else if (detected > 0 && repaired < detected)
        {
            // A scan that was only asked to look has nothing to answer for; a repair that left some behind failed.
            findings.Add(_repairRequested
                ? Findings.Of(FindingSeverity.Failure, Id, Strings.FormatStorePartlyRepaired(Number(repaired), Number(detected)), entry)
                : Findings.Of(FindingSeverity.Warning, Id, Strings.FormatStoreCorruptionFound(Number(detected)), entry));
        }
        else if (detected > 0 || _errors.Count > 0)
        {
            findings.Add(Findings.Of(FindingSeverity.Repaired, Id, Strings.FormatStoreRepaired(Number(Math.Max(detected, _errors.Count))), entry));
        }

        _errors.Clear();
        _seen.Clear();
        (_detectedEntry, _detected, _summaryDetected, _summaryRepaired, _repairRequested, _result, _resultEntry) = (null, 0, null, null, false, null, null);
    }

    /// <summary>The count after a label, past spaces and tabs: "\t9", " 5, Disp = 1.".</summary>
    private static long Count(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimStart(" \t");
        var digits = 0;
        while (digits < trimmed.Length && digits < 9 && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        return digits == 0 ? 0 : long.Parse(trimmed[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
