using System.CommandLine;
using WuToolkit.Host.Analysis;
using WuToolkit.Host.Analysis.Sources;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk logs analyze|timeline [paths…]</c>: what the update, servicing and Setup logs say went wrong.
/// Exits like <c>run</c>: 0 nothing failed, 1 a failure found, 3 a file or rule could not be read through or a
/// file was no log wutk knows; 66 when a path named does not exist or may not be read.</summary>
public static class LogsCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var command = new Command("logs", Strings.CommandLogs);
        command.Subcommands.Add(Subcommand("analyze", Strings.CommandLogsAnalyze, timeline: false, options, environment));
        command.Subcommands.Add(Subcommand("timeline", Strings.CommandLogsTimeline, timeline: true, options, environment));
        return command;
    }

    private static Command Subcommand(string name, string description, bool timeline, CommonOptions options, HostEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = Strings.ArgumentLogPaths, Arity = ArgumentArity.ZeroOrMore };
        var exportWindowsUpdateLog = new Option<bool>("--windows-update-log") { Description = Strings.OptionWindowsUpdateLog };
        var command = new Command(name, description) { paths, exportWindowsUpdateLog };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            var given = parse.GetValue(paths) ?? [];
            if (given.Length == 0 && !OperatingSystem.IsWindows())
            {
                await session.Error.WriteLineAsync(MessageLine.Error(Strings.NoLogPaths)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var expanded = LogLocations.Expand(given.Length == 0 ? LogLocations.ExistingDefaults() : given);
            foreach (var problem in expanded.Errors)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(problem)).ConfigureAwait(false);
            }

            if (expanded.Errors.Count > 0)
            {
                return ExitCodes.NoInput;
            }

            var sources = expanded.Files
                .Select(file => file == LogLocations.StandardInput ? LogSource.StandardInput(environment.OpenStandardInput) : LogSource.File(file))
                .Concat(expanded.Unlisted.Select(folder => LogSource.Unreadable(folder.Folder, folder.Reason)))
                .ToList();
            using var exported = new TemporaryFolder();
            if (OperatingSystem.IsWindows())
            {
                if (given.Length == 0)
                {
                    // With no paths the user asked "what do this PC's logs say": the update client's own events and
                    // the verdict SetupDiag left in the registry belong to that answer.
                    sources.Add(WindowsLogSources.EventChannel(WindowsLogSources.UpdateClientChannel));
                    sources.Add(WindowsLogSources.SetupDiagRegistry());
                }

                if (parse.GetValue(exportWindowsUpdateLog))
                {
                    sources.Add(LogSource.File(await WindowsLogSources.ExportWindowsUpdateLogAsync(exported.Path, cancellationToken).ConfigureAwait(false)));
                }
            }
            else if (parse.GetValue(exportWindowsUpdateLog))
            {
                await session.Error.WriteLineAsync(MessageLine.Error(Strings.WindowsUpdateLogOnlyOnWindows)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (sources.Count == 0)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(Strings.FormatNoLogFiles(string.Join(", ", given)))).ConfigureAwait(false);
                return ExitCodes.NoInput;
            }

            var catalog = session.LoadPlugins();
            LogReport report;
            using (var progress = new ProgressLine(session.Error, environment.ErrorIsTerminal && ReferenceEquals(session.Error, Console.Error)))
            {
                // Ctrl+C must end the command even while a read waits in the OS (a FIFO nobody writes to, a terminal
                // nobody types into): the command stops waiting, and the read is left to end with the process.
                report = await Task.Run(
                    () => LogAnalysisRun.Run(sources, catalog.LogRules.ToList(), (file, entries) => progress.Report(Strings.FormatReadingProgress(Path.GetFileName(file), entries.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))), cancellationToken),
                    cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            await session.CreateFormatter().WriteLogsAsync(report, timeline, cancellationToken).ConfigureAwait(false);
            return report.ExitCode;
        });
        return command;
    }
}
