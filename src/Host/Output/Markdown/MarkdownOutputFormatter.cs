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
/// </summary>
public sealed class MarkdownOutputFormatter(TextWriter output, string toolVersion) : IOutputFormatter
{
    public async Task WriteRunAsync(RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new RunReportView(report);
        var text = new StringBuilder(8 * 1024);
        text.Append("## ").Append(MarkdownText.Escape(ReportPageStrings.FormatPageTitle(view.Machine))).Append("\n\n");
        text.Append("**").Append(MarkdownText.Escape(view.Verdict)).Append("**\n\n");
        text.Append(MarkdownText.Escape(view.Summary)).Append("\n\n");
        if (view.Findings.Count > 0)
        {
            text.Append("### ").Append(MarkdownText.Escape(ReportPageStrings.FindingsHeading)).Append("\n\n");
            foreach (var finding in view.Findings)
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
                    text.Append(MarkdownText.Escape(ReportPageStrings.FixLead)).Append("\n\n```\n");
                    foreach (var fix in finding.FixIds)
                    {
                        text.Append(TerminalText.Escape(RunReportView.FixCommand(fix)).Replace('`', '\'')).Append('\n');
                    }

                    text.Append("```\n\n");
                }
            }
        }

        text.Append("<details>\n<summary>").Append(MarkdownText.Escape(ReportPageStrings.FormatOtherChecksHeading(view.Others.Count))).Append("</summary>\n\n");
        text.Append("| ").Append(MarkdownText.Escape(Strings.ColumnStatus)).Append(" | ").Append(MarkdownText.Escape(Strings.ColumnCheck)).Append(" | ")
            .Append(MarkdownText.Escape(Strings.ColumnFinding)).Append(" |\n|---|---|---|\n");
        foreach (var result in view.Others)
        {
            text.Append("| ").Append(MarkdownText.Escape(StatusText.ForPeople(result.Status))).Append(" | ").Append(MarkdownText.Code(result.Id)).Append(" | ")
                .Append(MarkdownText.Escape(result.Summary)).Append(" |\n");
        }

        text.Append("\n</details>\n\n<details>\n<summary>").Append(MarkdownText.Escape(ReportPageStrings.EnvironmentHeading)).Append("</summary>\n\n");
        foreach (var (name, value) in ReportEnvironment.Rows(view, report, toolVersion))
        {
            text.Append("- ").Append(MarkdownText.Escape(name)).Append(": ").Append(MarkdownText.Escape(value)).Append('\n');
        }

        text.Append("\n</details>\n");
        await output.WriteAsync(text.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
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
