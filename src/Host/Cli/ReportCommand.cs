using System.CommandLine;
using System.Text;
using WuToolkit.Host.IO;
using WuToolkit.Host.Output;
using WuToolkit.Host.Reports;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary>
/// <c>wutk report &lt;folders or files…&gt;</c>: many PCs' run results (run-v1 JSON, or <c>collect</c> bundles) as one
/// fleet view. Results are read one at a time and only counted or, for the table, the worst few kept. Exit codes: 0 every
/// machine healthy (warnings allowed), 1 any machine failed, 3 no failure but a result was unreadable or a machine's
/// answer incomplete, 66 a path named does not exist or nothing to read was found, 73 the output cannot be written.
/// </summary>
public static class ReportCommand
{
    /// <summary>How many machines, checks and codes the table and page show unless <c>--top</c> says otherwise.</summary>
    public const int DefaultTop = 20;

    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var paths = new Argument<string[]>("paths") { Description = ReportStrings.ArgumentReportPaths, Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo>("--output", "-o") { Description = ReportStrings.OptionReportOutput, HelpName = "file" };
        var top = NumberOption.Create("--top", DefaultTop, 1, 100_000);
        top.Description = ReportStrings.OptionReportTop;
        top.HelpName = "count";
        var command = new Command("report", ReportStrings.CommandReport) { paths, output, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            var given = parse.GetValue(paths) ?? [];
            var missing = FleetInputs.Missing(given);
            foreach (var path in missing)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(ReportStrings.FormatReportPathMissing(path))).ConfigureAwait(false);
            }

            if (missing.Count > 0)
            {
                return ExitCodes.NoInput;
            }

            var file = parse.GetValue(output);
            var count = (int)parse.GetValue(top);
            FleetTally? tally = null;
            try
            {
                if (file is null)
                {
                    tally = await WriteAsync(session, given, session.Output, count, toTerminal: true, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await SafeFileWriter.WriteAsync(file.FullName, async (stream, token) =>
                    {
                        var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                        await using (writer.ConfigureAwait(false))
                        {
                            tally = await WriteAsync(session, given, writer, count, toTerminal: false, token).ConfigureAwait(false);
                        }

                        // Nothing to report leaves no file behind: the writer removes what it began.
                        if (tally.Machines + tally.UnreadableCount == 0)
                        {
                            throw new InputUnreadableException(ReportStrings.FormatNoResults(string.Join(", ", given)));
                        }
                    }, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (file is not null && ex is IOException or UnauthorizedAccessException)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(ReportStrings.FormatReportNotWritten(file.FullName, ex.Message))).ConfigureAwait(false);
                return ExitCodes.CannotCreate;
            }

            if (tally is null || tally.Machines + tally.UnreadableCount == 0)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(ReportStrings.FormatNoResults(string.Join(", ", given)))).ConfigureAwait(false);
                return ExitCodes.NoInput;
            }

            if (file is not null)
            {
                var shown = TerminalText.Escape(file.FullName);
                await session.Error.WriteLineAsync(Plural.Of(tally.Machines, ReportStrings.FormatReportWrittenOne(shown, tally.Machines), ReportStrings.FormatReportWrittenOther(shown, tally.Machines))).ConfigureAwait(false);
            }

            return tally.ExitCode;
        });
        return command;
    }

    private static async Task<FleetTally> WriteAsync(HostSession session, IReadOnlyList<string> paths, TextWriter output, int top, bool toTerminal, CancellationToken cancellationToken)
    {
        var environment = session.Environment;
        var terminal = toTerminal && environment.OutputIsTerminal && ReferenceEquals(output, Console.Out);
        using var json = session.Format == OutputFormat.Json ? new FleetJsonWriter(output, HostSession.ToolVersion, TimeProvider.System.GetUtcNow()) : null;
        IFleetWriter writer = session.Format switch
        {
            OutputFormat.Json => json!,
            OutputFormat.Csv => new FleetCsvWriter(output),
            OutputFormat.Html => new FleetHtmlWriter(output, TimeProvider.System.GetUtcNow(), top),
            _ => new FleetTableWriter(output, terminal && !environment.NoColorRequested, terminal ? environment.TerminalWidth : 0, top),
        };

        var tally = new FleetTally();
        await foreach (var (source, row) in FleetInputs.ReadAsync(paths, cancellationToken).ConfigureAwait(false))
        {
            if (row is null)
            {
                tally.AddUnreadable(source);
                await session.Error.WriteLineAsync(MessageLine.Warning(ReportStrings.FormatNotARunResult(source))).ConfigureAwait(false);
                continue;
            }

            tally.Add(row);
            await writer.RowAsync(row, cancellationToken).ConfigureAwait(false);
        }

        if (tally.Machines + tally.UnreadableCount > 0)
        {
            await writer.EndAsync(tally, cancellationToken).ConfigureAwait(false);
        }

        return tally;
    }
}
