using System.CommandLine;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.IO;
using WuToolkit.Host.Output;
using WuToolkit.Host.Output.Intune;
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
        var output = new Option<FileInfo>("--output", "-o") { Description = ReportPageStrings.OptionOutput, HelpName = "file" };
        var intune = new Option<bool>("--intune") { Description = ReportPageStrings.OptionIntune };

        var command = new Command("run", Strings.CommandRun)
        {
            options.Selectors, options.Scenario, options.Deep, snapshot, strict, options.Timeout, failOn, options.Set, options.Isolate, redact, output, intune,
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
            var delivery = new RunDelivery(parse.GetValue(output)?.FullName, parse.GetValue(intune));
            if (file is not null)
            {
                var snapshot = await SnapshotInput.ReadAsync(session, file.FullName, parse.GetValue(strict), cancellationToken).ConfigureAwait(false);
                var machine = new SnapshotMachine(snapshot);
                session.Isolation?.UseSnapshot(file.FullName);
                return await ExecuteAsync(session, run, machine, file.FullName, "snapshot", failOnWarn, delivery, hideHost, cancellationToken).ConfigureAwait(false);
            }

            var live = LiveMachine.Create(TimeProvider.System, run.Request.ProbeTimeout, run.Catalog.LogRules.ToList());
            session.Isolation?.UseLiveMachine(run.Request.ProbeTimeout);
            try
            {
                return await ExecuteAsync(session, run, live, "live", "live", failOnWarn, delivery, hideHost, cancellationToken).ConfigureAwait(false);
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
        RunDelivery delivery,
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
        var code = report.ExitCode;
        if (delivery.File is { } path)
        {
            code = await WriteFileAsync(session, report, path, !delivery.Intune, cancellationToken).ConfigureAwait(false);
        }
        else if (!delivery.Intune)
        {
            await session.CreateFormatter().WriteRunAsync(report, cancellationToken).ConfigureAwait(false);
        }

        if (!delivery.Intune)
        {
            return code;
        }

        // Intune keeps the last line of standard output and acts on the exit code (docs/fleet/intune.md).
        await session.Output.WriteLineAsync(IntuneRunLine.Of(report)).ConfigureAwait(false);
        await session.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return code == report.ExitCode ? IntuneRunLine.ExitCode(code) : code;
    }

    /// <summary>The document in the chosen format, written safely to the file <c>-o</c> names; 73 when it cannot be.</summary>
    private static async Task<int> WriteFileAsync(HostSession session, RunReport report, string path, bool announce, CancellationToken cancellationToken)
    {
        try
        {
            await SafeFileWriter.WriteAsync(
                path,
                async (stream, token) =>
                {
                    var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                    await using (writer.ConfigureAwait(false))
                    {
                        await session.CreateFormatter(writer).WriteRunAsync(report, token).ConfigureAwait(false);
                        await writer.FlushAsync(token).ConfigureAwait(false);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(ReportPageStrings.FormatReportNotWritten(path, ex.Message))).ConfigureAwait(false);
            return ExitCodes.CannotCreate;
        }

        // Said on standard error, except to Intune, which takes anything there for a failed script.
        if (announce)
        {
            await session.Error.WriteLineAsync(ReportPageStrings.FormatReportWritten(TerminalText.Escape(path))).ConfigureAwait(false);
        }

        return report.ExitCode;
    }

    /// <summary>Where the report goes: a file (<c>-o</c>) instead of standard output, and whether standard output is the
    /// one Intune line instead.</summary>
    private sealed record RunDelivery(string? File, bool Intune);
}
