using System.CommandLine;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.LogSources;
using WuToolkit.Host.Machines;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Sources;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk logs analyze|timeline [paths…] [--snapshot FILE]</c>: what the update, servicing and Setup logs
/// say went wrong. With no paths on Windows: the standard log locations, and what the machine keeps outside files
/// (the update client's events, SetupDiag's registry values). With <c>--snapshot</c>: those events and values as the
/// snapshot recorded them, besides any paths given. Exits like <c>run</c>: 0 nothing failed, 1 a failure found, 3 a
/// file or rule could not be read through or a file was no log wutk knows; 66 when a path named does not exist or
/// may not be read.</summary>
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
        var snapshot = new Option<FileInfo>("--snapshot") { Description = Strings.OptionLogsSnapshot, HelpName = "file" };
        var command = new Command(name, description) { paths, exportWindowsUpdateLog, snapshot };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            var given = parse.GetValue(paths) ?? [];
            var snapshotFile = parse.GetValue(snapshot);
            if (given.Length == 0 && snapshotFile is null && !OperatingSystem.IsWindows())
            {
                await session.Error.WriteLineAsync(MessageLine.Error(Strings.NoLogPaths)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            // A snapshot names what to read by itself: the standard locations are this PC's, not the snapshot's.
            var expanded = LogLocations.Expand(given.Length > 0 ? given : snapshotFile is null ? LogLocations.ExistingDefaults() : []);
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
            if (snapshotFile is not null)
            {
                sources.AddRange(await SnapshotSourcesAsync(session, snapshotFile, cancellationToken).ConfigureAwait(false));
            }
            else if (given.Length == 0 && OperatingSystem.IsWindows())
            {
                // With no paths the user asked "what do this PC's logs say": the update client's own events and the
                // verdict SetupDiag left in the registry belong to that answer.
                var live = LiveMachine.Create(TimeProvider.System, RunOptions.DefaultTimeout);
                try
                {
                    sources.AddRange(await MachineLogSources.AskAsync(live, cancellationToken).ConfigureAwait(false));
                }
                finally
                {
                    LiveMachine.Release(live);
                }
            }

            using var exported = new TemporaryFolder();
            if (parse.GetValue(exportWindowsUpdateLog))
            {
                if (!OperatingSystem.IsWindows())
                {
                    await session.Error.WriteLineAsync(MessageLine.Error(Strings.WindowsUpdateLogOnlyOnWindows)).ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                sources.Add(LogSource.File(await WindowsUpdateLogExport.RunAsync(exported.Path, cancellationToken).ConfigureAwait(false)));
            }

            if (sources.Count == 0)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(Strings.FormatNoLogFiles(string.Join(", ", given)))).ConfigureAwait(false);
                return ExitCodes.NoInput;
            }

            var catalog = session.LoadPlugins(listingFromCache: true);
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
            return LogExitCode.Of(report);
        });
        return command;
    }

    /// <summary>The events and SetupDiag values a snapshot recorded; what it did not record is a source that says so.</summary>
    private static async Task<IReadOnlyList<LogSource>> SnapshotSourcesAsync(HostSession session, FileInfo file, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotInput.ReadAsync(session, file.FullName, strict: false, cancellationToken).ConfigureAwait(false);
        IMachine machine = new SnapshotMachine(snapshot);
        return await MachineLogSources.AskAsync(machine, cancellationToken).ConfigureAwait(false);
    }
}
