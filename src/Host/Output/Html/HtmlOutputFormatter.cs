using System.Globalization;
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
/// asset (a Content-Security-Policy says so too), every piece of data HTML-encoded. The page's language follows the UI
/// culture.
/// </summary>
public sealed class HtmlOutputFormatter(TextWriter output, string toolVersion) : IOutputFormatter
{
    public async Task WriteRunAsync(RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new RunReportView(report);
        var page = new StringBuilder(16 * 1024);
        var culture = CultureInfo.CurrentUICulture;
        var lang = string.IsNullOrEmpty(culture.Name) ? "en" : culture.Name;
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Encode(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"wutk ").Append(HtmlText.Encode(toolVersion)).Append("\">\n")
            .Append("<title>").Append(HtmlText.Encode(ReportPageStrings.FormatPageTitle(view.Machine))).Append("</title>\n")
            .Append("<style>\n").Append(HtmlPageStyle.Css).Append("\n</style>\n</head>\n<body>\n");

        page.Append("<header>\n<p id=\"verdict\" class=\"verdict verdict-").Append(view.VerdictKind).Append("\" role=\"status\">")
            .Append(HtmlText.Encode(view.Verdict)).Append("</p>\n<p class=\"counts\">").Append(HtmlText.Encode(view.Summary)).Append("</p>\n</header>\n<main>\n");

        if (view.Findings.Count > 0)
        {
            page.Append("<section id=\"findings\">\n<h2>").Append(HtmlText.Encode(ReportPageStrings.FindingsHeading)).Append("</h2>\n");
            foreach (var finding in view.Findings)
            {
                Finding(page, finding);
            }

            page.Append("</section>\n");
        }

        Others(page, view);
        Environment(page, view, report);
        page.Append("</main>\n</body>\n</html>\n");
        await output.WriteAsync(page.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Finding(StringBuilder page, CheckOutcome finding)
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
            page.Append("<div class=\"fix\"><p>").Append(HtmlText.Encode(ReportPageStrings.FixLead)).Append("</p>\n");
            foreach (var fix in finding.FixIds)
            {
                page.Append("<code class=\"fix-command\">").Append(HtmlText.Encode(RunReportView.FixCommand(fix))).Append("</code>\n");
            }

            page.Append("</div>\n");
        }

        page.Append("</article>\n");
    }

    private static void Others(StringBuilder page, RunReportView view)
    {
        page.Append("<details id=\"other-checks\">\n<summary>").Append(HtmlText.Encode(ReportPageStrings.FormatOtherChecksHeading(view.Others.Count))).Append("</summary>\n");
        page.Append("<table>\n<thead><tr><th>").Append(HtmlText.Encode(Strings.ColumnStatus)).Append("</th><th>").Append(HtmlText.Encode(Strings.ColumnCheck))
            .Append("</th><th>").Append(HtmlText.Encode(Strings.ColumnFinding)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var result in view.Others)
        {
            page.Append("<tr data-check=\"").Append(HtmlText.Encode(result.Id)).Append("\"><td><span class=\"badge status-").Append(StatusText.ForJson(result.Status)).Append("\">")
                .Append(HtmlText.Encode(StatusText.ForPeople(result.Status))).Append("</span></td><td><code class=\"check-id\">").Append(HtmlText.Encode(result.Id))
                .Append("</code></td><td>").Append(HtmlText.Encode(result.Summary)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</details>\n");
    }

    private void Environment(StringBuilder page, RunReportView view, RunReport report)
    {
        page.Append("<details id=\"environment\">\n<summary>").Append(HtmlText.Encode(ReportPageStrings.EnvironmentHeading)).Append("</summary>\n<dl class=\"evidence\">\n");
        foreach (var (name, value) in ReportEnvironment.Rows(view, report, toolVersion))
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
