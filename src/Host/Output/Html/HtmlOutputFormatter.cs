using System.Text;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Output.Reports;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Output.Html;

/// <summary>
/// <c>wutk run --format html</c>: one self-contained page a technician can be sent. The verdict comes first, big and
/// coloured; then each finding (failed, could not run, warned) with what wutk saw and the command that fixes it; the
/// passed checks and the environment are collapsed in <c>&lt;details&gt;</c>. Inline CSS only, no script, no external
/// asset (the shell, <see cref="HtmlPage"/>, shared with the fleet report), every piece of data HTML-encoded. What the
/// page says is the run's <see cref="RunReportOutline"/>, the same as the Markdown's.
/// </summary>
public sealed class HtmlOutputFormatter(TextWriter output, string toolVersion) : IOutputFormatter
{
    public async Task WriteRunAsync(RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outline = RunReportOutline.Of(report, toolVersion);
        var page = new StringBuilder(16 * 1024);
        var header = string.Concat(
            "<p id=\"verdict\" class=\"verdict verdict-", outline.VerdictKind, "\" role=\"status\">", HtmlText.Encode(outline.Verdict), "</p>\n",
            "<p class=\"counts\">", HtmlText.Encode(outline.Counts), "</p>\n");
        HtmlPage.Open(page, outline.Title, toolVersion, header);
        if (outline.Findings.Count > 0)
        {
            page.Append("<section id=\"findings\">\n<h2>").Append(HtmlText.Encode(outline.FindingsHeading)).Append("</h2>\n");
            foreach (var finding in outline.Findings)
            {
                Finding(page, finding, outline.FixLead);
            }

            page.Append("</section>\n");
        }

        Others(page, outline);
        Environment(page, outline);
        HtmlPage.Close(page);
        await output.WriteAsync(page.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Finding(StringBuilder page, CheckOutcome finding, string fixLead)
    {
        var status = StatusText.ForJson(finding.Status);
        page.Append("<article class=\"finding status-").Append(status).Append("\" data-check=\"").Append(HtmlText.Encode(finding.Id)).Append("\">\n<h3>")
            .Append("<span class=\"badge\">").Append(HtmlText.Encode(StatusText.ForPeople(finding.Status))).Append("</span> ")
            .Append("<code class=\"check-id\">").Append(HtmlText.Encode(finding.Id)).Append("</code> ")
            .Append(HtmlText.Encode(finding.Title)).Append("</h3>\n<p class=\"finding-summary\">").Append(HtmlText.Encode(finding.Summary)).Append("</p>\n");
        if (finding.Evidence.Count > 0)
        {
            page.Append("<dl class=\"evidence\" aria-label=\"").Append(HtmlText.Encode(ReportPageStrings.EvidenceHeading)).Append("\">\n");
            foreach (var evidence in finding.Evidence)
            {
                page.Append("<dt>").Append(HtmlText.Encode(evidence.Key)).Append("</dt><dd>").Append(HtmlText.Encode(evidence.Value)).Append("</dd>\n");
            }

            page.Append("</dl>\n");
        }

        if (finding.FixIds.Count > 0)
        {
            page.Append("<div class=\"fix\"><p>").Append(HtmlText.Encode(fixLead)).Append("</p>\n");
            foreach (var command in RunReportOutline.FixCommands(finding))
            {
                page.Append("<code class=\"fix-command\">").Append(HtmlText.Encode(command)).Append("</code>\n");
            }

            page.Append("</div>\n");
        }

        page.Append("</article>\n");
    }

    private static void Others(StringBuilder page, RunReportOutline outline)
    {
        page.Append("<details id=\"other-checks\">\n<summary>").Append(HtmlText.Encode(outline.OthersHeading)).Append("</summary>\n<table>\n<thead><tr>");
        foreach (var column in outline.OthersColumns)
        {
            page.Append("<th>").Append(HtmlText.Encode(column)).Append("</th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        foreach (var result in outline.Others)
        {
            page.Append("<tr data-check=\"").Append(HtmlText.Encode(result.Id)).Append("\"><td><span class=\"badge status-").Append(StatusText.ForJson(result.Status)).Append("\">")
                .Append(HtmlText.Encode(StatusText.ForPeople(result.Status))).Append("</span></td><td><code class=\"check-id\">").Append(HtmlText.Encode(result.Id))
                .Append("</code></td><td>").Append(HtmlText.Encode(result.Summary)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</details>\n");
    }

    private static void Environment(StringBuilder page, RunReportOutline outline)
    {
        page.Append("<details id=\"environment\">\n<summary>").Append(HtmlText.Encode(outline.EnvironmentHeading)).Append("</summary>\n<dl class=\"evidence\">\n");
        foreach (var (name, value) in outline.Environment)
        {
            page.Append("<dt>").Append(HtmlText.Encode(name)).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>\n");
        }

        page.Append("</dl>\n</details>\n");
    }

    // Only run reports are pages; the command line refuses --format html for the other commands before they run.
    public Task WriteListAsync(PluginCatalog catalog, IReadOnlyList<CheckDescriptor> checks, bool settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("html"));

    public Task WritePluginsAsync(PluginCatalog catalog, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("html"));

    public Task WriteLogsAsync(LogReport report, bool timeline, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("html"));

    public Task WriteExplainAsync(ExplainReport report, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("html"));
}
