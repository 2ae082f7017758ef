using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// SetupDiag's verdict on a failed upgrade, in any of its outputs (SetupDiagResults.log text, XML, JSON): the
/// profile that matched (FindRollbackFailure, FindSPFatalError, OptionalComponentOpenPackageFailed …), the
/// error with its extend code (0x8007000D-0x2000C), and the last phase and operation. The reader gives the
/// structured outputs one entry per field (component = field name: ProfileName, FailureData, FailureDetails,
/// RollbackErrorCode, ExtendedCode, LastSetupPhase, LastSetupOperation, Error) and the text output line by line;
/// both are read, and the file is one finding at its end. A bare Win32 code (FindSPFatalError's "Err =
/// 0x00000057") is given as its HRESULT.
/// </summary>
[ExportLogRule(Id, "SetupDiag's verdict: profile, error and extend code, last phase and operation", LogKind.SetupDiag)]
public sealed class SetupDiagResultRule : ILogRule
{
    public const string Id = "setup.setupdiag";

    private static readonly string[] PhaseMarkers = ["Last Phase = ", "Last Setup Phase = ", "LastPhase = ", "Phase Name: "];
    private static readonly string[] OperationMarkers = ["Last Operation = ", "Last Setup Operation: ", "LastOperation = ", "Operation Name: ", ", Operation: "];
    private static readonly string[] CodeMarkers = ["RollbackErrorCode = ", "Error = ", "Err = ", "Error: "];

    /// <summary>Where a value ends when SetupDiag runs fields together ("…found.Last Phase = Post First BootLast Operation = …").</summary>
    private static readonly string[] ValueStops =
        [", Last", ", Rollback", ", Extended", ", Err", "Last Operation", "Last Phase", "Last Setup", "Error = ", "Error: "];

    private LogEntry? _first;
    private LogEntry? _profileEntry;
    private string? _profile;
    private uint? _code;
    private uint _extend;
    private string? _phase;
    private string? _operation;
    private string? _package;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        _first ??= entry;
        var text = entry.Text;
        switch (entry.Component)
        {
            case "ProfileName":
                Profile(entry, text);
                break;
            case "RollbackErrorCode":
            case "Error":
                Code(text);
                break;
            case "ExtendedCode":
                if (_extend == 0 && HResult.TryParseAt(text, out var extend, out _))
                {
                    _extend = extend;
                }

                break;
            case "LastSetupPhase":
            case "LastPhase":
                _phase ??= Clean(text);
                break;
            case "LastSetupOperation":
            case "LastOperation":
                _operation ??= Clean(text);
                break;
            default:
                Read(entry, text);
                break;
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (_first is null || (_profile is null && _code is null))
        {
            return;
        }

        var error = _code is not { } code ? Strings.NoCode
            : _extend != 0 ? $"{HResult.Format(code)}-0x{_extend:X}"
            : HResult.Format(code);
        var summary = Strings.FormatSetupDiagResult(_profile ?? Strings.Unknown, error, _phase ?? Strings.Unknown, _operation ?? Strings.Unknown);
        if (_package is not null)
        {
            summary = Strings.FormatSetupDiagPackage(summary, _package);
        }

        findings.Add(Findings.Of(FindingSeverity.Failure, Id, summary, _profileEntry ?? _first, _code, _profile));
    }

    /// <summary>Free text: the text output's lines, and FailureData / FailureDetails fields.</summary>
    private void Read(LogEntry entry, string text)
    {
        const string Matching = "Matching Profile found: ";
        var matching = text.IndexOf(Matching, StringComparison.Ordinal);
        if (matching >= 0)
        {
            Profile(entry, text[(matching + Matching.Length)..]);
        }

        _phase ??= Value(text, PhaseMarkers);
        _operation ??= Value(text, OperationMarkers);
        _package ??= Words.Between(text, "Package Name: ", ",");
        Code(text);
        if (_extend == 0 && HResult.TryFindAfter(text, "ExtendedCode = ", out var extend))
        {
            _extend = extend;
        }
    }

    private void Profile(LogEntry entry, string text)
    {
        if (_profile is not null)
        {
            return;
        }

        // "FindRollbackFailure - 3A43C9B5-05B3-4F7C-A955-88F991BB5A48": the name without its GUID.
        var line = Words.FirstLine(text.AsSpan());
        var dash = line.IndexOf(" - ", StringComparison.Ordinal);
        var name = (dash < 0 ? line : line[..dash]).Trim();
        if (!name.IsEmpty)
        {
            (_profile, _profileEntry) = (name.ToString(), entry);
        }
    }

    /// <summary>The first error code, with its extend code; a later mention of the same code may add the extend code.</summary>
    private void Code(string text)
    {
        foreach (var marker in CodeMarkers)
        {
            var rest = text.AsSpan();
            int at;
            while ((at = rest.IndexOf(marker, StringComparison.Ordinal)) >= 0)
            {
                rest = rest[(at + marker.Length)..];
                if (!HResult.TryParseWithExtend(rest, out var result, out var extend) || result == 0)
                {
                    continue;
                }

                // "Err = 0x00000057" is a Win32 code; the logs and the catalog speak of its HRESULT.
                result = HResult.IsFailure(result) ? result : HResult.FromWin32(result);
                if (_code is null)
                {
                    _code = result;
                }

                if (_code == result && _extend == 0 && extend != 0)
                {
                    _extend = extend;
                }
            }
        }
    }

    private static string? Value(string text, string[] markers)
    {
        foreach (var marker in markers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var value = Words.FirstLine(text.AsSpan(at + marker.Length));
            foreach (var stop in ValueStops)
            {
                var end = value.IndexOf(stop, StringComparison.Ordinal);
                if (end > 0)
                {
                    value = value[..end];
                }
            }

            var cleaned = Clean(value.ToString());
            if (cleaned is not null)
            {
                return cleaned;
            }
        }

        return null;
    }

    private static string? Clean(string value)
    {
        var trimmed = value.AsSpan().Trim().TrimEnd(",.");
        return trimmed.IsEmpty ? null : trimmed.ToString();
    }
}
