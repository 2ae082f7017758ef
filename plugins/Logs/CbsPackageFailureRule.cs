using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// An update package that failed to install, named as CBS names it: the failure report it files
/// ("WER: Generating failure report for package: Package_for_RollupFix~…, status: 0x800f0922, failure source:
/// Execute …"), the end of its session ("Exec: Processing complete.  Session: …, Package: …, Identifier: KB…
/// [HRESULT = 0x800f0922 - …]") or an Error line that names it. One finding per package: CBS repeats the failure
/// at every level of its call stack.
/// </summary>
[ExportLogRule(Id, "Update packages that failed to install, with the package and KB", LogKind.Cbs, Markers = new[] { "WER: Generating failure report for package:", "Exec: Processing complete", "Error" })]
public sealed class CbsPackageFailureRule : ILogRule
{
    public const string Id = "cbs.package-failure";

    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Component.Equals("CBS", StringComparison.Ordinal))
        {
            return;
        }

        // Cheap tests first: this runs on every CBS line of a log that may be gigabytes long.
        var start = entry.Text.AsSpan().TrimStart();
        var isError = entry.Level.Equals("Error", StringComparison.Ordinal);
        if (!start.StartsWith("WER: ", StringComparison.Ordinal) && !start.StartsWith("Exec: Processing complete", StringComparison.Ordinal) && !isError)
        {
            return;
        }

        var text = Words.FirstLine(start);
        uint code;
        if (text.StartsWith("WER: Generating failure report for package:", StringComparison.Ordinal))
        {
            if (!HResult.TryFindAfter(text, "status:", out code))
            {
                return;
            }
        }
        else if (text.StartsWith("Exec: Processing complete", StringComparison.Ordinal) ||
                 (isError && text.Contains("Package_", StringComparison.Ordinal)))
        {
            if (!HResult.TryFindAfter(text, "HRESULT = ", out code))
            {
                return;
            }
        }
        else
        {
            return;
        }

        // The store-corruption rule owns corruption codes; a session that ends in S_OK or a reboot request is no failure.
        if (!HResult.IsFailure(code) || code is 0x80073712 or 0x800F0831 || Words.Package(text) is not { } package)
        {
            return;
        }

        if (!_reported.Add(package))
        {
            return;
        }

        var kb = Words.KbArticle(text);
        findings.Add(Findings.Of(FindingSeverity.Failure, Id,
            kb is null ? Strings.FormatPackageFailed(package, HResult.Format(code)) : Strings.FormatPackageFailedKb(kb, package, HResult.Format(code)),
            entry, code, package));
    }

    public void Complete(IFindingSink findings)
    {
    }
}
