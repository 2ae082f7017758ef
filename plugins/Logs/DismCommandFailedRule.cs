using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A dism.exe command that failed: "Failed to restore the image health. - …(hr:0x800f081f)", "Failed while
/// processing command cleanup-image", "DISM Package Manager processed the command line but failed.
/// HRESULT=800704C7". DISM repeats the failure at every level of its call stack; each session is one finding with
/// the command the user ran, the code dism.exe returned and, when it differs, the first error of the session (the
/// servicing stack's own code, such as Internal_Finalize(hr:0x800f0821) behind a cancelled 0x800704C7). Warning
/// lines (providers that fail to load, drivers not in the store) and lines without a component (cleanmgr writes
/// into dism.log) are not DISM failures and are not read.
/// <para>
/// Each session is an attempt of its operation (see <see cref="DismSession"/>): a session that ends without an Error line
/// gets its verdict too ("completed without an error", as information), so that a repair that failed and was then run
/// again successfully is history, and of two that failed (cancelled, then no source) the last explains the PC's state.
/// </para>
/// </summary>
[ExportLogRule(Id, "DISM commands that failed, with the command and its error code", LogKind.Dism)]
public sealed class DismCommandFailedRule : ILogRule
{
    public const string Id = "dism.command-failed";

    private readonly DismSession _session = new();
    private LogEntry? _firstError;
    private uint _firstCode;
    private bool _reported;
    private bool _sessionFailed;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Component.Equals("DISM", StringComparison.Ordinal))
        {
            return;
        }

        var before = _session.Attempt;
        var command = _session.CommandLine;
        if (_session.Observe(entry))
        {
            Ended(findings, before, command, null);
            (_firstError, _firstCode, _reported, _sessionFailed) = (null, 0, false, false);
            return;
        }

        if (entry.Text.Contains("<----- Ending Dism.exe session", StringComparison.Ordinal))
        {
            Ended(findings, before, command, entry);
            _sessionFailed = true;
            return;
        }

        if (entry.Level.Equals("Error", StringComparison.Ordinal))
        {
            _sessionFailed = true;
        }

        if (!entry.Level.Equals("Error", StringComparison.Ordinal) || !TryCode(entry.Text, out var code))
        {
            return;
        }

        if (_firstError is null)
        {
            (_firstError, _firstCode) = (entry, code);
        }

        var text = entry.Text.AsSpan();
        if (_reported ||
            !(text.Contains("Failed to restore the image health", StringComparison.Ordinal) ||
              text.Contains("Failed while processing command", StringComparison.Ordinal) ||
              text.Contains("processed the command line but failed", StringComparison.Ordinal)))
        {
            return;
        }

        _reported = true;
        findings.Add(Findings.Of(FindingSeverity.Failure, Id, Describe(code), entry, code, _session.CommandLine) with { Attempt = _session.Attempt });
    }

    public void Complete(IFindingSink findings)
    {
    }

    /// <summary>A session that ended without an Error line: its verdict, as information.</summary>
    private void Ended(IFindingSink findings, LogAttempt? attempt, string? command, LogEntry? end)
    {
        if (_sessionFailed || attempt is null || command is null || end is null)
        {
            return;
        }

        var finding = Findings.Of(FindingSeverity.Info, Id, Strings.FormatDismCompleted(command), end, subject: command) with
        {
            Role = FindingRole.Outcome,
            Attempt = attempt,
        };
        findings.Add(finding);
    }

    /// <summary>The failing code of a DISM error line: "(hr:0x800f081f)" or "HRESULT=800704C7".</summary>
    private static bool TryCode(string text, out uint code) =>
        ((HResult.TryFindAfter(text, "(hr:", out code) || HResult.TryFindAfter(text, "HRESULT=", out code)) && HResult.IsFailure(code));

    private string Describe(uint code)
    {
        var command = _session.CommandLine ?? "dism";
        var hex = HResult.Format(code);
        var summary = code switch
        {
            0x800F081F or 0x800F0906 or 0x800F0907 or 0x800F0950 => Strings.FormatDismSourceMissing(command, hex),
            0x800704C7 => Strings.FormatDismCancelled(command, hex),
            0x800706BE or 0x800706BA => Strings.FormatDismRpcFailed(command, hex),
            _ => Strings.FormatDismCommandFailed(command, hex),
        };

        if (_firstError is not null && _firstCode != code)
        {
            summary = Strings.FormatDismFirstError(summary, HResult.Format(_firstCode), Function(_firstError.Text));
        }

        return summary;
    }

    /// <summary>The function DISM names at the end of its line: "… - CDISMPackageManager::Internal_Finalize(hr:0x800f0821)".</summary>
    private static string Function(string text)
    {
        var line = Words.FirstLine(text.AsSpan());
        var dash = line.LastIndexOf(" - ", StringComparison.Ordinal);
        var function = dash < 0 ? line : line[(dash + 3)..];
        var paren = function.IndexOf('(');
        return (paren < 0 ? function : function[..paren]).Trim().ToString();
    }
}
