using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A repair source that DISM could not use: "CBS AddSource failed with HRESULT=0x8007010b!" (the path is not a
/// folder), 0x8007007B (a WIM or ESD given without its <c>wim:</c>/<c>esd:</c> prefix and index) and the like.
/// DISM goes on without it, so this is a Warning; it is usually why the same session then fails with 0x800F081F.
/// </summary>
[ExportLogRule(Id, "Repair sources (/Source) that DISM could not use", LogKind.Dism)]
public sealed class DismAddSourceRule : ILogRule
{
    public const string Id = "dism.add-source";

    private readonly DismSession _session = new();

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Component.Equals("DISM", StringComparison.Ordinal))
        {
            return;
        }

        _session.Observe(entry);
        if (!entry.Text.Contains("AddSource failed", StringComparison.Ordinal) ||
            !HResult.TryFindAfter(entry.Text, "HRESULT=", out var code) || !HResult.IsFailure(code))
        {
            return;
        }

        var source = _session.Option("/source:") ?? Strings.SourceOption;
        findings.Add(Findings.Of(FindingSeverity.Warning, Id, Strings.FormatDismSourceUnusable(source, HResult.Format(code)), entry, code, source));
    }

    public void Complete(IFindingSink findings)
    {
    }
}
