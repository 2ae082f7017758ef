using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Driver installs that failed, from setupapi.dev.log, setupapi.setup.log and the setupapi.offline.*.log that a rolled-back
/// upgrade leaves in its rollback folder. A section ("&gt;&gt;&gt;  [Device Install (Hardware initiated) - PCI\VEN_…]",
/// "[Setup Import Driver Package - C:\…\x.inf]") with an error line (<c>!!!</c>) is one finding, naming the device or the
/// driver package (its oemN.inf where the section says it): a file the package lacks ("!!!  flq: Error 2: The system
/// cannot find the file specified.": SetupDiag's DriverPackageMissingFileFailure), a signature that does not verify
/// ("!!!  sig: … 0xe0000242", "… not digitally signed": UnsignedDriverBootFailure), or another error. Warnings (<c>!</c>)
/// and an exit status of FAILURE without an error line ("No better matching drivers found") are no failure. A log of the
/// upgrade itself (setupapi.offline, or a file under a Rollback or $WINDOWS.~BT folder) gives failures; the PC's own
/// setupapi.dev.log gives warnings, since a device that did not install once does not by itself stop an update.
/// </summary>
[ExportLogRule(Id, "Driver installs that failed: missing files, unsigned drivers, other errors (setupapi logs)", LogKind.SetupApi)]
public sealed class SetupApiDriverRule : ILogRule
{
    public const string Id = "setupapi.driver-install";

    private const int MaxErrorsKept = 8;

    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LogEntry> _errors = [];
    private string? _section;
    private string? _inf;
    private string? _missingFile;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (entry.Component.Equals("section", StringComparison.Ordinal))
        {
            Report(findings);
            (_section, _inf, _missingFile) = (entry.Text, Inf(entry.Text), null);
            _errors.Clear();
            return;
        }

        var text = entry.Text.AsSpan();
        _inf ??= Inf(text);
        if (entry.Component.Equals("exit", StringComparison.Ordinal))
        {
            Report(findings);
            return;
        }

        if (!entry.Level.Equals("Error", StringComparison.Ordinal))
        {
            return;
        }

        if (_errors.Count < MaxErrorsKept)
        {
            _errors.Add(entry);
        }

        if (_missingFile is null && text.Contains("SourceFile", StringComparison.Ordinal))
        {
            _missingFile = Words.FileName(Words.After(text, "-")?.Trim('\'', ' ') ?? "");
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Report(findings);
    }

    /// <summary>The oemN.inf (or other .inf) a line names.</summary>
    private static string? Inf(ReadOnlySpan<char> text) =>
        DriverFiles.In(text).Where(name => name.EndsWith(".inf", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(name => name.StartsWith("oem", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();

    private void Report(IFindingSink findings)
    {
        if (_errors.Count == 0 || _section is null)
        {
            _errors.Clear();
            return;
        }

        var first = _errors[0];
        var missing = _errors.Exists(e => e.Text.Contains("cannot find the file", StringComparison.OrdinalIgnoreCase) ||
                                          e.Text.Contains("(0x00000002)", StringComparison.Ordinal) ||
                                          e.Text.Contains("0x80070002", StringComparison.OrdinalIgnoreCase));
        var unsigned = _errors.Exists(e => e.Component.Equals("sig", StringComparison.Ordinal) ||
                                           e.Text.Contains("0xe0000242", StringComparison.OrdinalIgnoreCase) ||
                                           e.Text.Contains("0x800b0109", StringComparison.OrdinalIgnoreCase) ||
                                           e.Text.Contains("not digitally signed", StringComparison.OrdinalIgnoreCase) ||
                                           e.Text.Contains("signature", StringComparison.OrdinalIgnoreCase));
        var what = _inf ?? Device(_section);
        _errors.Clear();
        if (!_reported.Add(what))
        {
            return;
        }

        var code = Code(first.Text);
        var upgrade = first.File.Contains("setupapi.offline", StringComparison.OrdinalIgnoreCase) ||
                      first.File.Contains("Rollback", StringComparison.OrdinalIgnoreCase) ||
                      first.File.Contains("$WINDOWS.~BT", StringComparison.OrdinalIgnoreCase);
        LogFinding finding;
        if (missing || unsigned)
        {
            var subject = missing && _missingFile is { Length: > 0 } file ? $"{what} ({file})" : what;
            finding = SetupProfiles.Of(missing ? "DriverPackageMissingFileFailure" : "UnsignedDriverBootFailure").Finding(Id, first, subject, code) with { Subject = what };
        }
        else
        {
            finding = Findings.Of(FindingSeverity.Failure, Id, Strings.FormatSetupApiInstallFailed(what, Words.FirstLine(first.Text.AsSpan()).Trim().ToString()), first, code, what) with
            {
                Remedy = Strings.SetupApiInstallFailedRemedy,
                CheckIds = ["health.devices"],
            };
        }

        findings.Add(upgrade ? finding : finding with { Severity = FindingSeverity.Warning });
    }

    /// <summary>"Device Install (Hardware initiated) - PCI\VEN_10DE&amp;DEV_1B81" gives the device; other titles as they are.</summary>
    private static string Device(string section)
    {
        var dash = section.LastIndexOf(" - ", StringComparison.Ordinal);
        return dash < 0 ? section : section[(dash + 3)..].Trim();
    }

    /// <summary>"Error = 0xE0000247", "(0x00000002)", "Error 0xe0000242:", "FAILURE(0xe0000247)".</summary>
    private static uint? Code(string text)
    {
        foreach (var marker in (ReadOnlySpan<string>)["Error = ", "Error ", "error(", "(", "0x"])
        {
            if (HResult.TryFindAfter(text, marker, out var code) && code != 0)
            {
                return HResult.IsFailure(code) ? code : HResult.FromWin32(code);
            }
        }

        return null;
    }
}
