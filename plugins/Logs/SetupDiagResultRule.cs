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
/// <para>
/// The profile names the cause: the finding says it in plain words with what to do and the checks and fixes that apply
/// (<see cref="SetupProfiles"/>). FindSuccessfulUpgrade, CompatScanOnly and "no match" are verdicts, not failures. Pasted
/// SetupDiag output often lacks its "Matching Profile found" header: the profile is then taken from how SetupDiag words its
/// report ("Error: SetupDiag reports abrupt down-level failure." is FindAbruptDownlevelFailure; "Warning: Found Application
/// Block for: "X"." is CompatBlockedApplicationDismissable, with X the app).
/// </para>
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
    private string? _app;
    private bool _noMatch;

    /// <summary>How SetupDiag words the report of a profile, for output pasted without its header; most specific first.</summary>
    private static readonly (string Words, string Profile)[] Reports =
    [
        ("reports abrupt down-level failure", "FindAbruptDownlevelFailure"),
        ("reports down-level failure", "FindDownlevelFailure"),
        ("reports rollback failure", "FindRollbackFailure"),
        ("reports Fatal Error", "FindSPFatalError"),
        ("reports Optional Component installation failed to open OC Package", "OptionalComponentOpenPackageFailed"),
        ("reports DISM provider failure", "DISMproviderFailure"),
        ("Found Application Block for", "CompatBlockedApplicationDismissable"),
    ];

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        _first ??= entry;
        if (entry.Field("ProfileName") is { } profile)
        {
            Profile(entry, profile);
        }

        if (entry.Component is "FailureData" or "Warning" or "Error")
        {
            FromWords(entry);
        }

        _app ??= entry.Field("AppName");

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
        if (_first is null)
        {
            return;
        }

        if (_noMatch && _code is null)
        {
            findings.Add(Findings.Of(FindingSeverity.Info, Id, Strings.SetupDiagNoMatch, _profileEntry ?? _first) with { Role = FindingRole.Outcome });
            return;
        }

        if (_profile is null && _code is null)
        {
            return;
        }

        var error = _code is not { } code ? Strings.NoCode
            : _extend != 0 ? $"{HResult.Format(code)}-0x{_extend:X}"
            : HResult.Format(code);
        var verdict = Strings.FormatSetupDiagResult(_profile ?? Strings.Unknown, error, _phase ?? Strings.Unknown, _operation ?? Strings.Unknown);
        if (_package is not null)
        {
            verdict = Strings.FormatSetupDiagPackage(verdict, _package);
        }

        var entry = _profileEntry ?? _first;
        if (_profile is not null && SetupProfiles.Find(_profile) is { } cause)
        {
            // The cause in plain words, then what SetupDiag said, so that nothing it names is lost.
            var named = _app ?? _package ?? (_extend != 0 ? ExtendCode.Describe(_extend) : _phase);
            var finding = cause.Finding(Id, entry, named, _code);
            findings.Add(finding with { Summary = Strings.FormatSetupDiagCause(cause.Describe(named), verdict), Subject = _profile });
            return;
        }

        findings.Add(Findings.Of(FindingSeverity.Failure, Id, verdict, entry, _code, _profile));
    }

    /// <summary>The profile (and the app) from SetupDiag's words, when its output came without the profile's header.</summary>
    private void FromWords(LogEntry entry)
    {
        var text = Words.FirstLine(entry.Text.AsSpan());
        if (text.Contains("No match", StringComparison.OrdinalIgnoreCase) && !text.Contains("SetupDiag: processing rule", StringComparison.Ordinal))
        {
            _noMatch = true;
        }

        foreach (var (words, profile) in Reports)
        {
            if (text.Contains(words, StringComparison.Ordinal))
            {
                if (_profile is null)
                {
                    (_profile, _profileEntry) = (profile, entry);
                }

                if (profile == "CompatBlockedApplicationDismissable" && Words.Between(text, "\"", "\"") is { } app)
                {
                    _app ??= app;
                }

                return;
            }
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
        if (name.Contains("No match", StringComparison.OrdinalIgnoreCase) || name.Equals("NoMatchFound", StringComparison.OrdinalIgnoreCase))
        {
            // SetupDiag ran and found no rule that matches: an answer, not a failure.
            (_noMatch, _profileEntry) = (true, entry);
        }
        else if (!name.IsEmpty)
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
