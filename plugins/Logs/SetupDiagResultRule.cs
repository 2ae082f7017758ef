using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// SetupDiag's verdict on a failed upgrade, in any of its outputs (SetupDiagResults.log text, XML, JSON, or the values it
/// leaves in the registry): the profile that matched (FindRollbackFailure, FindSPFatalError,
/// OptionalComponentOpenPackageFailed …), the error with its extend code (0x8007000D-0x2000C), and the last phase and
/// operation. The reader gives one entry per SetupDiag field, and each entry's fields name what it holds — its own
/// value (ProfileName, LastSetupPhase, Error …) and, for free text such as FailureData and FailureDetails, the values
/// written in its words (LastSetupPhase, LastSetupOperation, PackageName, RollbackErrorCode, Error, ExtendedCode). The
/// first of each is kept, and the file is one finding at its end. A bare Win32 code (FindSPFatalError's "Err =
/// 0x00000057") is given as its HRESULT.
/// </summary>
[ExportLogRule(Id, "SetupDiag's verdict: profile, error and extend code, last phase and operation", LogKind.SetupDiag)]
public sealed class SetupDiagResultRule : ILogRule
{
    public const string Id = "setup.setupdiag";

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
        if (entry.Field("ProfileName") is { } profile)
        {
            Profile(entry, profile);
        }

        _phase ??= Clean(entry.Field("LastSetupPhase"));
        _operation ??= Clean(entry.Field("LastSetupOperation"));
        _package ??= entry.Field("PackageName");
        Code(entry.Field("RollbackErrorCode"));
        Code(entry.Field("Error"));
        if (_extend == 0 && entry.Field("ExtendedCode") is { } extended && HResult.TryParseAt(extended, out var extend, out _))
        {
            _extend = extend;
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
    private void Code(string? value)
    {
        if (value is null || !HResult.TryParseWithExtend(value, out var result, out var extend) || result == 0)
        {
            return;
        }

        // "Err = 0x00000057" is a Win32 code; the logs and the catalog speak of its HRESULT.
        result = HResult.IsFailure(result) ? result : HResult.FromWin32(result);
        _code ??= result;
        if (_code == result && _extend == 0 && extend != 0)
        {
            _extend = extend;
        }
    }

    private static string? Clean(string? value)
    {
        var trimmed = value.AsSpan().Trim().TrimEnd(",.");
        return trimmed.IsEmpty ? null : trimmed.ToString();
    }
}
