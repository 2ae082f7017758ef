using System.CommandLine;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Machines;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk run [selectors]</c>: diagnose this PC, or a snapshot of another.</summary>
public static class RunCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var snapshot = new Option<FileInfo>("--snapshot") { Description = Strings.OptionSnapshot, HelpName = "file" };
        var strict = new Option<bool>("--strict") { Description = Strings.OptionStrict };
        var redact = RunIdentity.RedactOption(ReportStrings.OptionRunRedact);
        var failOn = new Option<string>("--fail-on") { Description = Strings.OptionFailOn, DefaultValueFactory = _ => "fail" };
        failOn.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "fail", "warn");

        var command = new Command("run", Strings.CommandRun)
        {
            options.Selectors, options.Scenario, options.Deep, snapshot, strict, options.Timeout, failOn, options.Set, options.Isolate, redact,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            if (RunRequestParser.Prepare(parse, options, session) is not { } run)
            {
                return ExitCodes.Usage;
            }

            var file = parse.GetValue(snapshot);
            var hideHost = parse.GetValue(redact);
            var failOnWarn = string.Equals(parse.GetValue(failOn), "warn", StringComparison.OrdinalIgnoreCase);
            if (file is not null)
            {
                var snapshot = await SnapshotInput.ReadAsync(session, file.FullName, parse.GetValue(strict), cancellationToken).ConfigureAwait(false);
                var machine = new SnapshotMachine(snapshot);
                session.Isolation?.UseSnapshot(file.FullName);
                return await ExecuteAsync(session, run, machine, file.FullName, "snapshot", failOnWarn, hideHost, cancellationToken).ConfigureAwait(false);
            }

            var live = LiveMachine.Create(TimeProvider.System, run.Request.ProbeTimeout, run.Catalog.LogRules.ToList());
            session.Isolation?.UseLiveMachine(run.Request.ProbeTimeout);
            try
            {
                return await ExecuteAsync(session, run, live, "live", "live", failOnWarn, hideHost, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                LiveMachine.Release(live);
            }
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(
        HostSession session,
        RunRequestParser.PreparedRun run,
        IMachine machine,
        string machineName,
        string machineKind,
        bool failOnWarn,
        bool redact,
        CancellationToken cancellationToken)
    {
        RunReport report;
        using (var progress = session.OpenRunProgress())
        {
            report = await RunEngine.RunAsync(run.Catalog, run.Selection, machine, run.Request, session.LoggerFactory, machineName, machineKind, failOnWarn, progress, cancellationToken)
                .ConfigureAwait(false);
        }

        report = RunIdentity.Stamp(report, machineKind == "live" ? session.Environment.MachineName : null, redact, session.Environment);
        await session.CreateFormatter().WriteRunAsync(report, cancellationToken).ConfigureAwait(false);
        return report.ExitCode;
    }
}
