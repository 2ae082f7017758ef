using System.Globalization;
using System.Net;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Reports;

/// <summary>
/// <c>--format html</c>: one self-contained page (inline style, no script, no external asset; a Content-Security-Policy
/// forbids loading any). The machines' rows are written as they are read; the summary, known only at the end, is
/// written after them and shown above them by the page's layout, so the page is streamed in constant memory. Every
/// value is HTML-escaped.
/// </summary>
public sealed class FleetHtmlWriter(TextWriter output, DateTimeOffset generatedUtc, int top) : IFleetWriter
{
    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Yu Gothic UI","Meiryo",sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
        main{display:flex;flex-direction:column;gap:1.5rem;max-width:1200px;margin:0 auto;padding:1.5rem}
        header{order:-3}.summary{order:-2}.machines{order:-1}
        h1{font-size:1.5rem;margin:0}h2{font-size:1.1rem;margin:0 0 .5rem}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
        th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .v{display:inline-block;padding:0 .5rem;border-radius:.6rem;font-weight:600}
        .fail{background:#fde7e9;color:#a4262c}.incomplete{background:#fff4ce;color:#8a5300}.warn{background:#fff4ce;color:#6b4e00}.healthy{background:#dff6dd;color:#107c10}
        .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;border:1px solid #e3e3e3;border-radius:.4rem;padding:.6rem 1rem;min-width:8rem}
        .card b{display:block;font-size:1.6rem}.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:1.5rem}
        code{font-family:ui-monospace,Consolas,monospace}footer{order:0;color:#666;font-size:.85rem}
        """;

    private bool _started;

    public async Task RowAsync(MachineRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var verdict = VerdictText.ForData(row.Verdict);
        await output.WriteAsync(string.Concat(
            "<tr><td>", E(row.Identity), "</td><td><span class=\"v ", verdict, "\">", E(VerdictText.ForPeople(row.Verdict)), "</span></td><td>",
            string.Join("<br>", row.FailingChecks.Select(check => "<code>" + E(check) + "</code>")), "</td><td>",
            string.Join("<br>", row.ErrorCodes.Select(code => "<code>" + E(code) + "</code>")), "</td><td>",
            E(row.ToolVersion), "</td><td>", E(row.StartedUtc?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? ""), "</td></tr>\n").AsMemory(),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task EndAsync(FleetTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tally);
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var page = new System.Text.StringBuilder();
        page.Append("</tbody></table></section>\n<section class=\"summary\"><h2>").Append(E(ReportStrings.HtmlVerdicts)).Append("</h2><div class=\"cards\">");
        page.Append("<div class=\"card\">").Append(E(ReportStrings.ColumnMachines)).Append("<b>").Append(Number(tally.Machines)).Append("</b></div>");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            page.Append("<div class=\"card\"><span class=\"v ").Append(VerdictText.ForData(verdict)).Append("\">").Append(E(VerdictText.ForPeople(verdict)))
                .Append("</span><b>").Append(Number(tally.Count(verdict))).Append("</b></div>");
        }

        if (tally.UnreadableCount > 0)
        {
            page.Append("<div class=\"card\">").Append(E(ReportStrings.HtmlUnreadable)).Append("<b>").Append(Number(tally.UnreadableCount)).Append("</b></div>");
        }

        page.Append("</div></section>\n<div class=\"cols summary\">");
        Counts(page, ReportStrings.ColumnFailingCheck, tally.TopChecks(top));
        Counts(page, ReportStrings.ColumnErrorCode, tally.TopCodes(top));
        page.Append("</div>\n<footer>").Append(E(ReportStrings.FormatHtmlFooter(HostSessionVersion(), generatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture))))
            .Append("</footer>\n</main>\n</body>\n</html>\n");
        await output.WriteAsync(page.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Escapes text for HTML content and attribute values alike.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string HostSessionVersion() => Cli.HostSession.ToolVersion;

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static void Counts(System.Text.StringBuilder page, string heading, IReadOnlyList<(string Key, int Machines)> counts)
    {
        page.Append("<section><h2>").Append(E(heading)).Append("</h2>");
        if (counts.Count == 0)
        {
            page.Append("<p>").Append(E(ReportStrings.HtmlNone)).Append("</p></section>");
            return;
        }

        page.Append("<table><thead><tr><th>").Append(E(heading)).Append("</th><th>").Append(E(ReportStrings.ColumnMachines)).Append("</th></tr></thead><tbody>");
        foreach (var (key, machines) in counts)
        {
            page.Append("<tr><td><code>").Append(E(key)).Append("</code></td><td class=\"n\">").Append(Number(machines)).Append("</td></tr>");
        }

        page.Append("</tbody></table></section>");
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        var language = E(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is { Length: 2 } code && code != "iv" ? code : "en");
        var head = string.Concat(
            "<!DOCTYPE html>\n<html lang=\"", language, "\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", E(ReportStrings.HtmlTitle), "</title>\n<style>\n", Style, "\n</style>\n</head>\n<body>\n<main>\n",
            "<header><h1>", E(ReportStrings.HtmlTitle), "</h1></header>\n",
            "<section class=\"machines\"><h2>", E(ReportStrings.HtmlMachines), "</h2><table><thead><tr><th>", E(ReportStrings.ColumnMachine), "</th><th>",
            E(ReportStrings.ColumnVerdict), "</th><th>", E(ReportStrings.ColumnFailingChecks), "</th><th>", E(ReportStrings.ColumnErrorCodes), "</th><th>",
            E(ReportStrings.ColumnVersion), "</th><th>", E(ReportStrings.ColumnTime), "</th></tr></thead><tbody>\n");
        await output.WriteAsync(head.AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
