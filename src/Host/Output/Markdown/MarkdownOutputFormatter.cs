using System.Text;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Output.Reports;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Output.Markdown;

/// <summary>
/// <c>wutk run --format markdown</c>: the report for a ticket or a chat. The verdict in bold first, then each finding
/// with what wutk saw and the fix command, and the passed checks and the environment in collapsed <c>&lt;details&gt;</c>
/// (which the common Markdown renderers show as such, and plain readers still read). Every piece of data is escaped.
/// What it says is the run's <see cref="RunReportOutline"/>, the same as the HTML page's.
/// </summary>
public sealed class MarkdownOutputFormatter(TextWriter output, string toolVersion) : IOutputFormatter
{
    public async Task WriteRunAsync(RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outline = RunReportOutline.Of(report, toolVersion);
        var text = new StringBuilder(8 * 1024);
        text.Append("## ").Append(MarkdownText.Escape(outline.Title)).Append("\n\n");
        text.Append("**").Append(MarkdownText.Escape(outline.Verdict)).Append("**\n\n");
        text.Append(MarkdownText.Escape(outline.Counts)).Append("\n\n");
        if (outline.Findings.Count > 0)
        {
            text.Append("### ").Append(MarkdownText.Escape(outline.FindingsHeading)).Append("\n\n");
            foreach (var finding in outline.Findings)
            {
                Finding(text, finding, outline.FixLead);
            }
        }

        text.Append("<details>\n<summary>").Append(MarkdownText.Escape(outline.OthersHeading)).Append("</summary>\n\n|");
        foreach (var column in outline.OthersColumns)
        {
            text.Append(' ').Append(MarkdownText.Escape(column)).Append(" |");
        }

        text.Append('\n').Append('|').Append(string.Concat(outline.OthersColumns.Select(_ => "---|"))).Append('\n');
        foreach (var result in outline.Others)
        {
            text.Append("| ").Append(MarkdownText.Escape(StatusText.ForPeople(result.Status))).Append(" | ").Append(MarkdownText.Code(result.Id)).Append(" | ")
                .Append(MarkdownText.Escape(result.Summary)).Append(" |\n");
        }

        text.Append("\n</details>\n\n<details>\n<summary>").Append(MarkdownText.Escape(outline.EnvironmentHeading)).Append("</summary>\n\n");
        foreach (var (name, value) in outline.Environment)
        {
            text.Append("- ").Append(MarkdownText.Escape(name)).Append(": ").Append(MarkdownText.Escape(value)).Append('\n');
        }

        text.Append("\n</details>\n");
        await output.WriteAsync(text.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Finding(StringBuilder text, CheckOutcome finding, string fixLead)
    {
        text.Append("#### ").Append(MarkdownText.Escape(StatusText.ForPeople(finding.Status))).Append(' ')
            .Append(MarkdownText.Code(finding.Id)).Append(' ').Append(MarkdownText.Escape(finding.Title)).Append("\n\n");
        text.Append(MarkdownText.Escape(finding.Summary)).Append("\n\n");
        foreach (var evidence in finding.Evidence)
        {
            text.Append("- ").Append(MarkdownText.Code(evidence.Key)).Append(": ").Append(MarkdownText.Escape(evidence.Value)).Append('\n');
        }

        if (finding.Evidence.Count > 0)
        {
            text.Append('\n');
        }

        if (finding.FixIds.Count > 0)
        {
            text.Append(MarkdownText.Escape(fixLead)).Append("\n\n```\n");
            foreach (var command in RunReportOutline.FixCommands(finding))
            {
                text.Append(TerminalText.Escape(command).Replace('`', '\'')).Append('\n');
            }

            text.Append("```\n\n");
        }
    }

    // Only run reports are written as Markdown; the command line refuses --format markdown for the other commands first.
    public Task WriteListAsync(PluginCatalog catalog, IReadOnlyList<CheckDescriptor> checks, bool settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("markdown"));

    public Task WritePluginsAsync(PluginCatalog catalog, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("markdown"));

    public Task WriteLogsAsync(LogReport report, bool timeline, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("markdown"));

    public Task WriteExplainAsync(ExplainReport report, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ReportPageStrings.FormatFormatForRunOnly("markdown"));
}
