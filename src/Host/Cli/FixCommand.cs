using System.CommandLine;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Machines;
using WuToolkit.Host.Output;
using WuToolkit.Host.Output.Intune;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Cli;

/// <summary>
/// <c>wutk fix &lt;id&gt;…</c> and <c>wutk fix --for &lt;check&gt;</c>: shows each fix's plan, then asks and applies it
/// (see <see cref="FixWorkflow"/>); <c>--dry-run</c> only shows, also for a recorded PC (<c>--snapshot</c>).
/// </summary>
public static class FixCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var ids = new Argument<string[]>("fixes") { Description = FixStrings.ArgumentFixes, Arity = ArgumentArity.ZeroOrMore };
        var forChecks = new Option<string[]>("--for") { Description = FixStrings.OptionFor, HelpName = "check", AllowMultipleArgumentsPerToken = false };
        var dryRun = new Option<bool>("--dry-run") { Description = FixStrings.OptionDryRun };
        var yes = new Option<bool>("--yes", "-y") { Description = FixStrings.OptionYes };
        var restorePoint = new Option<bool>("--restore-point") { Description = FixStrings.OptionRestorePoint };
        var snapshot = new Option<FileInfo>("--snapshot") { Description = FixStrings.OptionFixSnapshot, HelpName = "file" };
        var strict = new Option<bool>("--strict") { Description = Strings.OptionStrict };
        var forFailed = new Option<bool>("--for-failed") { Description = ReportPageStrings.OptionForFailed };
        var intune = new Option<bool>("--intune") { Description = ReportPageStrings.OptionIntune };
        var command = new Command("fix", FixStrings.CommandFix)
        {
            ids, forChecks, forFailed, dryRun, yes, restorePoint, snapshot, strict, intune, options.Timeout, options.Set,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            var named = parse.GetValue(ids) ?? [];
            var checkIds = parse.GetValue(forChecks) ?? [];
            var allFailed = parse.GetValue(forFailed);
            if (allFailed && (named.Length > 0 || checkIds.Length > 0))
            {
                await session.Error.WriteLineAsync(MessageLine.Error(ReportPageStrings.ForFailedAlone)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var forIntune = parse.GetValue(intune);
            if (forIntune && !parse.GetValue(yes) && !parse.GetValue(dryRun))
            {
                await session.Error.WriteLineAsync(MessageLine.Error(ReportPageStrings.IntuneNeedsYes)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (named.Length == 0 && checkIds.Length == 0 && !allFailed)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(FixStrings.FixNeedsIdOrFor)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (named.Length > 0 && checkIds.Length > 0)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(FixStrings.FixIdAndFor)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!KeyValueSettings.TryParse(parse.GetValue(options.Set) ?? [], out var settings, out var bad))
            {
                foreach (var word in bad)
                {
                    await session.Error.WriteLineAsync(MessageLine.Error(Strings.FormatBadSetting(word))).ConfigureAwait(false);
                }

                return ExitCodes.Usage;
            }

            var catalog = session.LoadPlugins();
            var fixes = new FixCatalog(catalog);
            if (allFailed)
            {
                // Every check some fix addresses: only those can call for a fix, so no other check is run.
                checkIds = [.. fixes.Fixes.SelectMany(fix => fix.Metadata.Addresses)
                    .Where(id => catalog.Checks.Any(known => string.Equals(known.Id, id, StringComparison.OrdinalIgnoreCase)))
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Order(StringComparer.Ordinal)];
                if (checkIds.Length == 0)
                {
                    return await IntuneOrPlainAsync(session, forIntune, new FixCommandReport
                    {
                        Machine = new FixMachine("live", "live", environment.MachineName, [], false, environment.IsElevated),
                        Message = ReportPageStrings.NoFailedChecks,
                        ExitCode = ExitCodes.Ok,
                    }).ConfigureAwait(false);
                }
            }

            // A companion (cleanboot.exit) undoes the latest application of its fix.
            if (named.Length == 1 && fixes.CompanionOf(named[0]) is { } undoes && checkIds.Length == 0)
            {
                var live = LiveMachine.Create(TimeProvider.System, TimeSpan.FromSeconds(parse.GetValue(options.Timeout)), []);
                try
                {
                    return await new UndoWorkflow(session, catalog, live).RunAsync(null, undoes.Id, parse.GetValue(yes), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    LiveMachine.Release(live);
                }
            }

            List<FixDescriptor> chosen = [];
            foreach (var id in named)
            {
                if (fixes.Find(id) is { } fix)
                {
                    chosen.Add(fix);
                }
                else
                {
                    await session.Error.WriteLineAsync(MessageLine.Error(fixes.CompanionOf(id) is not null
                        ? FixStrings.FormatCompanionAlone(id)
                        : FixStrings.FormatUnknownFix(id, string.Join(", ", fixes.Fixes.Select(known => known.Id))))).ConfigureAwait(false);
                    return ExitCodes.Usage;
                }
            }

            var unknownChecks = checkIds.Where(check => !catalog.Checks.Any(known => string.Equals(known.Id, check, StringComparison.OrdinalIgnoreCase))).ToList();
            foreach (var unknown in unknownChecks)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(Strings.FormatUnknownSelector(unknown))).ConfigureAwait(false);
            }

            if (unknownChecks.Count > 0 || !await SettingsAcceptedAsync(session, settings, catalog, fixes).ConfigureAwait(false))
            {
                return ExitCodes.Usage;
            }

            var request = new FixRequestOptions
            {
                Ids = named,
                ForChecks = checkIds,
                DryRun = parse.GetValue(dryRun),
                Yes = parse.GetValue(yes),
                RestorePoint = parse.GetValue(restorePoint),
                Settings = settings,
                Timeout = TimeSpan.FromSeconds(parse.GetValue(options.Timeout)),
            };

            var file = parse.GetValue(snapshot);
            if (file is not null)
            {
                if (!request.DryRun)
                {
                    // Said before anything is read: a snapshot describes a PC, it is not one to change.
                    await session.Error.WriteLineAsync(MessageLine.Error(FixStrings.SnapshotNeedsDryRun)).ConfigureAwait(false);
                    return ExitCodes.CannotApplyHere;
                }

                var recorded = await SnapshotInput.ReadAsync(session, file.FullName, parse.GetValue(strict), cancellationToken).ConfigureAwait(false);
                var machine = new SnapshotMachine(recorded);
                return await RunAsync(session, catalog, fixes, chosen, machine, "snapshot", file.FullName, Path.GetFileNameWithoutExtension(file.FullName), request, forIntune, cancellationToken).ConfigureAwait(false);
            }

            var pc = LiveMachine.Create(TimeProvider.System, TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, request.Timeout.Ticks / 3)), [.. catalog.LogRules]);
            try
            {
                return await RunAsync(session, catalog, fixes, chosen, pc, "live", "live", environment.MachineName, request, forIntune, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                LiveMachine.Release(pc);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        HostSession session,
        PluginCatalog catalog,
        FixCatalog fixes,
        List<FixDescriptor> chosen,
        IMachine machine,
        string kind,
        string source,
        string name,
        FixRequestOptions request,
        bool intune,
        CancellationToken cancellationToken)
    {
        // For Intune, standard output is the one line that ends the command: what is written for people goes nowhere.
        var output = intune ? session.DivertOutput(TextWriter.Null) : session.Output;
        using var interrupt = new InterruptBetweenSteps(session.Error, ReferenceEquals(session.Error, Console.Error), cancellationToken);
        var managedBy = await ManagementDetector.DetectAsync(machine, interrupt.Token).ConfigureAwait(false);
        var described = new FixMachine(kind, source, name, managedBy, machine.StepExecutor is not null, session.Environment.IsElevated);
        var workflow = new FixWorkflow(session, catalog, machine, described, request);
        IReadOnlyList<CheckOutcome> outcomes = [];
        var message = "";
        if (request.ForChecks.Count > 0)
        {
            var checks = new AddressedChecks(catalog, machine, request.Settings, session, request.Timeout);
            outcomes = await checks.RunAsync(checks.Find(request.ForChecks), interrupt.Token).ConfigureAwait(false);
            if (session.Format != OutputFormat.Json)
            {
                await new FixTableWriter(session.Output).ChecksAsync(outcomes).ConfigureAwait(false);
            }

            chosen = [.. fixes.For(outcomes)];
            if (!outcomes.Any(outcome => outcome.Status == Abstractions.Checks.CheckStatus.Fail))
            {
                message = FixStrings.FormatNothingFailed(string.Join(", ", request.ForChecks));
            }
            else if (chosen.Count == 0)
            {
                message = FixStrings.FormatNoFixFor(string.Join(", ", outcomes.Where(outcome => outcome.Status == Abstractions.Checks.CheckStatus.Fail).Select(outcome => outcome.Id)));
            }
        }

        FixCommandReport report;
        if (message.Length > 0)
        {
            var failed = outcomes.Any(outcome => outcome.Status == Abstractions.Checks.CheckStatus.Fail);
            report = new FixCommandReport { Machine = described, DryRun = request.DryRun, Checks = outcomes, Message = message, ExitCode = failed ? ExitCodes.IssueFound : ExitCodes.Ok };
            if (session.Format != OutputFormat.Json)
            {
                await session.Output.WriteLineAsync(TerminalText.Escape(message)).ConfigureAwait(false);
            }
        }
        else
        {
            report = await workflow.RunAsync(chosen, outcomes, interrupt.Token).ConfigureAwait(false);
        }

        if (session.Format == OutputFormat.Json)
        {
            await new FixJsonWriter(session.Output, HostSession.ToolVersion).WriteFixAsync(report, cancellationToken).ConfigureAwait(false);
        }

        if (intune)
        {
            session.DivertOutput(output);
            return await IntuneOrPlainAsync(session, intune, report).ConfigureAwait(false);
        }

        return report.ExitCode;
    }

    /// <summary>The Intune line and exit code (0 fixed, 1 not), or the report's own exit code.</summary>
    private static async Task<int> IntuneOrPlainAsync(HostSession session, bool intune, FixCommandReport report)
    {
        if (!intune)
        {
            if (report.Message.Length > 0 && session.Format != OutputFormat.Json)
            {
                await session.Output.WriteLineAsync(TerminalText.Escape(report.Message)).ConfigureAwait(false);
            }

            return report.ExitCode;
        }

        await session.Output.WriteLineAsync(IntuneFixLine.Of(report)).ConfigureAwait(false);
        await session.Output.FlushAsync().ConfigureAwait(false);
        return IntuneFixLine.ExitCode(report);
    }

    /// <summary>The --set values against what the loaded checks and fixes declare.</summary>
    private static async Task<bool> SettingsAcceptedAsync(HostSession session, KeyValueSettings settings, PluginCatalog catalog, FixCatalog fixes)
    {
        var verdict = SettingsCheck.Check(settings, catalog, SettingsCheck.Declared(fixes.Fixes));
        foreach (var warning in verdict.Warnings)
        {
            await session.Error.WriteLineAsync(MessageLine.Warning(warning)).ConfigureAwait(false);
        }

        foreach (var error in verdict.Errors)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(error)).ConfigureAwait(false);
        }

        return verdict.Errors.Count == 0;
    }
}
