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
        var command = new Command("collect", Strings.CommandCollect)
        {
            options.Selectors, output, description, options.Scenario, options.Deep, options.Timeout, options.Set,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            if (RunRequestParser.Prepare(parse, options, session) is not { } run)
            {
                return ExitCodes.Usage;
            }

            var file = parse.GetValue(output)!;
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
            string? problem = null;
            try
            {
                await SnapshotOutput.WriteAsync(snapshot, file.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = Strings.FormatSnapshotNotWritten(file.FullName, ex.Message);
            }

            var code = problem is null ? ExitCodes.Ok : ExitCodes.CannotCreate;
            await session.CreateFormatter().WriteRunAsync(report with { ExitCode = code }, cancellationToken).ConfigureAwait(false);
            await session.Error.WriteLineAsync(problem is null
                ? Strings.FormatSnapshotWritten(TerminalText.Escape(file.FullName), recorder.AnswerCount)
                : MessageLine.Error(problem)).ConfigureAwait(false);
            return code;
        });
        return command;
    }
}
