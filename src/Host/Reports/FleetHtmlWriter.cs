using System.Globalization;
using System.Text;
using WuToolkit.Host.Output.Html;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Reports;

/// <summary>
/// <c>--format html</c>: one self-contained page in the shell of every wutk page (<see cref="HtmlPage"/>: inline style,
/// no script, no external asset, a Content-Security-Policy that forbids loading any). The machines' rows are written
/// as they are read; the summary, known only at the end, is written after them and shown above them by the page's
/// layout, so the page is streamed in constant memory. Every value is HTML-escaped.
/// </summary>
public sealed class FleetHtmlWriter(TextWriter output, DateTimeOffset generatedUtc, int top) : IFleetWriter
{
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
        var page = new StringBuilder();
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
        page.Append("</div>\n");
        HtmlPage.Close(page, ReportStrings.FormatHtmlFooter(HostSessionVersion(), generatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)));
        await output.WriteAsync(page.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string E(string? text) => HtmlText.Encode(text);

    private static string HostSessionVersion() => Cli.HostSession.ToolVersion;

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static void Counts(StringBuilder page, string heading, IReadOnlyList<(string Key, int Machines)> counts)
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
        var head = HtmlPage.Open(new StringBuilder(16 * 1024), ReportStrings.HtmlTitle, HostSessionVersion(), "<h1>" + E(ReportStrings.HtmlTitle) + "</h1>\n", "fleet")
            .Append("<section class=\"machines\"><h2>").Append(E(ReportStrings.HtmlMachines)).Append("</h2><table><thead><tr><th>").Append(E(ReportStrings.ColumnMachine))
            .Append("</th><th>").Append(E(ReportStrings.ColumnVerdict)).Append("</th><th>").Append(E(ReportStrings.ColumnFailingChecks)).Append("</th><th>")
            .Append(E(ReportStrings.ColumnErrorCodes)).Append("</th><th>").Append(E(ReportStrings.ColumnVersion)).Append("</th><th>").Append(E(ReportStrings.ColumnTime))
            .Append("</th></tr></thead><tbody>\n").ToString();
        await output.WriteAsync(head.AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
