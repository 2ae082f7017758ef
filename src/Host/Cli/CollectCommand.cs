using System.CommandLine;
using WuToolkit.Host.Machines;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Sources;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Cli;

/// <summary>
/// <c>wutk collect -o FILE [selectors]</c>: runs the checks on this PC and records every question and answer
/// into a snapshot, so that someone elsewhere can run <c>wutk run --snapshot FILE</c>. Its exit code says
/// whether the snapshot was written, not what it holds. Besides the checks' questions it records what
/// <c>wutk logs --snapshot</c> reads (see <see cref="MachineLogSources"/>).
/// </summary>
public static class CollectCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = Strings.OptionCollectOutput, Required = true, HelpName = "file" };
        var description = new Option<string>("--description") { Description = Strings.OptionCollectDescription };
        var logs = new Option<string[]>("--log") { Description = ReportStrings.OptionCollectLog, HelpName = "file" };
        var redact = RunIdentity.RedactOption(ReportStrings.OptionCollectRedact);
        var command = new Command("collect", Strings.CommandCollect)
        {
            options.Selectors, output, description, options.Scenario, options.Deep, options.Timeout, options.Set, logs, redact,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            if (RunRequestParser.Prepare(parse, options, session) is not { } run)
            {
                return ExitCodes.Usage;
            }

            var file = parse.GetValue(output)!;
            var bundle = file.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            var hide = parse.GetValue(redact);
            var extraLogs = parse.GetValue(logs) ?? [];
            if (!bundle && (hide || extraLogs.Length > 0))
            {
                await session.Error.WriteLineAsync(MessageLine.Error(ReportStrings.BundleOptionsNeedZip)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (extraLogs.FirstOrDefault(path => !File.Exists(path)) is { } missing)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(ReportStrings.FormatBundleLogMissing(missing))).ConfigureAwait(false);
                return ExitCodes.NoInput;
            }

            var recorder = new SnapshotRecorder();
            var collected = TimeProvider.System.GetUtcNow();
            var live = LiveMachine.Create(TimeProvider.System, run.Request.ProbeTimeout, run.Catalog.LogRules.ToList());
            RunReport report;
            try
            {
                var machine = new RecordingMachine(live, recorder);
                using (var progress = session.OpenRunProgress())
                {
                    report = await RunEngine.RunAsync(run.Catalog, run.Selection, machine, run.Request, session.LoggerFactory, "live", "live", false, progress, cancellationToken)
                        .ConfigureAwait(false);
                }

                // What `wutk logs --snapshot` reads is recorded too, whichever checks were selected: the update client's
                // newest events and SetupDiag's registry values. A machine that cannot answer (not Windows) records nothing.
                _ = await MachineLogSources.AskAsync(machine, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                LiveMachine.Release(live);
            }

            // The snapshot first: the report then carries the exit code the process ends with.
            var snapshot = recorder.ToSnapshot(new SnapshotHeader
            {
                CollectedUtc = collected,
                CollectedBy = $"wutk {HostSession.ToolVersion}",
                Description = parse.GetValue(description),
            });
            report = RunIdentity.Stamp(report, environment.MachineName, hide, environment);
            string? problem = null;
            string? written = null;
            try
            {
                if (bundle)
                {
                    written = await CaseBundle.WriteAsync(session, snapshot, report, file.FullName, extraLogs, hide, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await SnapshotOutput.WriteAsync(snapshot, file.FullName, cancellationToken).ConfigureAwait(false);
                    written = Strings.FormatSnapshotWritten(TerminalText.Escape(file.FullName), recorder.AnswerCount);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = bundle ? ReportStrings.FormatBundleNotWritten(file.FullName, ex.Message) : Strings.FormatSnapshotNotWritten(file.FullName, ex.Message);
            }

            var code = problem is null ? ExitCodes.Ok : ExitCodes.CannotCreate;
            await session.CreateFormatter().WriteRunAsync(report with { ExitCode = code }, cancellationToken).ConfigureAwait(false);
            await session.Error.WriteLineAsync(problem is null ? written : MessageLine.Error(problem)).ConfigureAwait(false);
            return code;
        });
        return command;
    }
}
