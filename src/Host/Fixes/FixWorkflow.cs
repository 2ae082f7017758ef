using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// <c>wutk fix</c> from chosen fixes to a report: each fix is planned and shown; then, unless it is a dry run, refused
/// here (a machine that cannot take a step, a fix that needs elevation wutk lacks) before anything changes, approved (or
/// <c>--yes</c>), applied by the engine with its journal, and checked again. With <c>--for</c> the named checks run first
/// and only fixes for a failed one are proposed, gentlest first; once the checks pass, the rest are not needed. The first
/// fix that does not apply ends the command: nothing more is changed after a failure.
/// </summary>
public sealed partial class FixWorkflow(HostSession session, PluginCatalog catalog, IMachine machine, FixMachine described, FixRequestOptions options)
{
    private readonly FixCatalog _fixes = new(catalog);
    private readonly FixTableWriter? _table = session.Format == OutputFormat.Json ? null : new FixTableWriter(session.Output);
    private readonly AddressedChecks _checks = new(catalog, machine, options.Settings, session, options.Timeout);
    private readonly Confirmation _confirmation = new(session.Error, session.Environment.OpenStandardInput);

    // Taken before the first fix that will change something is asked about, held to the end of the command.
    private Fixing.Journal.MachineLock? _lock;
    private string _command = "wutk fix";

    public async Task<FixCommandReport> RunAsync(IReadOnlyList<FixDescriptor> chosen, IReadOnlyList<CheckOutcome> forOutcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(forOutcomes);
        try
        {
            return await RunLockedAsync(chosen, forOutcomes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock?.Dispose();
            _lock = null;
        }
    }

    private async Task<FixCommandReport> RunLockedAsync(IReadOnlyList<FixDescriptor> chosen, IReadOnlyList<CheckOutcome> forOutcomes, CancellationToken cancellationToken)
    {
        _command = "wutk fix " + string.Join(' ', chosen.Select(fix => fix.Id));
        var planner = new FixPlanner(machine, options.Settings, session.LoggerFactory, described.ManagedBy, options.Timeout);
        var entries = new List<FixEntry>();
        var exit = ExitCodes.Ok;
        var restorePoint = options.RestorePoint;
        var known = forOutcomes.ToDictionary(outcome => outcome.Id, outcome => outcome.Status, StringComparer.OrdinalIgnoreCase);
        foreach (var fix in chosen)
        {
            var planned = await planner.PlanAsync(fix, restorePoint, cancellationToken).ConfigureAwait(false);
            if (_table is not null)
            {
                await _table.PlanAsync(planned, described, options.DryRun).ConfigureAwait(false);
            }

            var (entry, code) = await DecideAsync(planned, known, cancellationToken).ConfigureAwait(false);
            entries.Add(entry);
            if (entry.Run is { } run && run.Steps.Count > 0 && run.Steps[0].Step is Abstractions.Fixes.CreateRestorePointStep)
            {
                restorePoint = false;
            }

            if (code is not (ExitCodes.Ok or ExitCodes.IssueFound))
            {
                exit = code;
                break;
            }

            exit = Math.Max(exit, code);
            foreach (var change in entry.Verification)
            {
                known[change.Id] = change.After.Status;
            }

            // With --for, once the named checks pass the gentler fix was enough.
            if (forOutcomes.Count > 0 && entry.Status == FixEntryStatus.Applied
                && forOutcomes.All(outcome => known[outcome.Id] != CheckStatus.Fail))
            {
                exit = ExitCodes.Ok;
                break;
            }
        }

        if (forOutcomes.Count > 0 && exit == ExitCodes.Ok && !options.DryRun && forOutcomes.Any(outcome => known[outcome.Id] == CheckStatus.Fail))
        {
            exit = ExitCodes.IssueFound;
        }

        return new FixCommandReport
        {
            Machine = described,
            DryRun = options.DryRun,
            Checks = forOutcomes,
            Fixes = entries,
            ExitCode = exit,
        };
    }

    private async Task<(FixEntry Entry, int Code)> DecideAsync(PlannedFix planned, Dictionary<string, CheckStatus> known, CancellationToken cancellationToken)
    {
        var fix = planned.Fix;
        if (planned.Problem is { } problem)
        {
            await SayAsync(problem).ConfigureAwait(false);
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.PlanFailed, Message = problem }, ExitCodes.FixFailed);
        }

        var review = planned.Review!;
        if (review.Plan.Steps.Count == 0)
        {
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.NothingToDo }, ExitCodes.Ok);
        }

        if (options.DryRun)
        {
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.Planned }, ExitCodes.Ok);
        }

        if (!review.CanApply)
        {
            var reason = review.MachineCanChange
                ? FixStrings.FormatRefusedHere(fix.Id, string.Join("; ", review.Refusals.Select(refusal => $"{refusal.Index + 1}: {refusal.Reason}")))
                : FixStrings.FormatRefusedSnapshot(fix.Id);
            await SayAsync(reason).ConfigureAwait(false);
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.Refused, Message = reason }, ExitCodes.CannotApplyHere);
        }

        if (fix.Metadata.NeedsElevation && !session.Environment.IsElevated)
        {
            var reason = FixStrings.FormatRefusedNotElevated(fix.Id);
            await SayAsync(reason).ConfigureAwait(false);
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.NeedsElevation, Message = reason }, ExitCodes.NeedsElevation);
        }

        if (JournalFolder.Open(session) is not { } store)
        {
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.Refused, Message = FixStrings.FormatNoJournalFolder(HostEnvironment.JournalsVariable) }, ExitCodes.CannotCreate);
        }

        if (_lock is null)
        {
            var (held, busy) = await ChangeLock.TakeAsync(session, store, _command).ConfigureAwait(false);
            if (busy is not null)
            {
                return (new FixEntry { Planned = planned, Status = FixEntryStatus.Refused, Message = busy }, ExitCodes.Busy);
            }

            _lock = held;
        }

        if (!options.Yes && !await _confirmation.AskAsync(FixStrings.FormatConfirmApply(fix.Id, review.Plan.Steps.Count), cancellationToken).ConfigureAwait(false))
        {
            await SayAsync(FixStrings.NotApproved, error: false).ConfigureAwait(false);
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.NotApproved, Message = FixStrings.NotApproved }, ExitCodes.NotApproved);
        }

        await WarnAboutUnfinishedAsync(store, cancellationToken).ConfigureAwait(false);

        // The addressed checks before, unless --for just ran them.
        var addressed = _checks.Find(fix.Metadata.Addresses);
        var before = new Dictionary<string, CheckStatus>(known, StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in await _checks.RunAsync([.. addressed.Where(check => !before.ContainsKey(check.Id))], cancellationToken).ConfigureAwait(false))
        {
            before[outcome.Id] = outcome.Status;
        }

        FixRun run;
        var engine = new FixEngine(store);
        var request = new FixRequest
        {
            FixId = fix.Id,
            Title = fix.Metadata.Title,
            Plan = review.Plan,
            ManagedBy = described.ManagedBy,
            Machine = described.Name,
            ToolVersion = HostSession.ToolVersion,
        };
        try
        {
            using var progress = new FixProgressLine(session.Error, session.Environment.ErrorIsTerminal && ReferenceEquals(session.Error, Console.Error));
            run = await engine.ApplyAsync(request, machine.StepExecutor, new Logged(progress, session.LoggerFactory.CreateLogger("wutk.fix")), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = FixStrings.FormatJournalNotCreated(store.Folder, ex.Message);
            await SayAsync(reason).ConfigureAwait(false);
            return (new FixEntry { Planned = planned, Status = FixEntryStatus.Refused, Message = reason }, ExitCodes.CannotCreate);
        }

        var (status, code) = run.Status switch
        {
            FixRunStatus.Applied => (FixEntryStatus.Applied, ExitCodes.Ok),
            FixRunStatus.NothingToDo => (FixEntryStatus.NothingToDo, ExitCodes.Ok),
            FixRunStatus.Refused => (FixEntryStatus.Refused, ExitCodes.CannotApplyHere),
            FixRunStatus.RolledBack when run.Cancelled => (FixEntryStatus.Cancelled, ExitCodes.Cancelled),
            FixRunStatus.RollbackIncomplete => (FixEntryStatus.RollbackIncomplete, ExitCodes.RestoreIncomplete),
            _ => (FixEntryStatus.RolledBack, run.Cancelled ? ExitCodes.Cancelled : ExitCodes.FixFailed),
        };
        var entry = new FixEntry { Planned = planned, Status = status, Run = run, Message = run.Message };
        if (status == FixEntryStatus.Applied)
        {
            var after = await _checks.RunAsync(addressed, CancellationToken.None).ConfigureAwait(false);
            entry = entry with
            {
                Verification = [.. after.Select(outcome => new CheckChange(outcome.Id, before.TryGetValue(outcome.Id, out var was) ? was : null, outcome))],
            };
            if (after.Any(outcome => outcome.Status == CheckStatus.Fail))
            {
                code = ExitCodes.IssueFound;
            }
        }

        if (_table is not null)
        {
            await _table.ResultAsync(entry).ConfigureAwait(false);
        }

        return (entry, code);
    }

    /// <summary>A fix that a crash interrupted, or whose rollback was left incomplete, is said before another runs: the
    /// user may want to undo it first.</summary>
    private async Task WarnAboutUnfinishedAsync(Fixing.Journal.FileJournalStore store, CancellationToken cancellationToken)
    {
        var (journals, _) = await new Fixing.Journal.JournalBook(store).ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var journal in journals.Where(journal => journal.NeedsUndo && journal.State is not Fixing.Journal.JournalState.Applied))
        {
            await session.Error.WriteLineAsync(MessageLine.Warning(FixStrings.FormatUnfinishedJournal(journal.Id, journal.FixId, UndoWorkflow.StateText(journal.State)))).ConfigureAwait(false);
        }
    }

    private async Task SayAsync(string message, bool error = true)
    {
        if (error)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(message)).ConfigureAwait(false);
        }
        else if (_table is not null)
        {
            await _table.MessageAsync(message).ConfigureAwait(false);
        }
    }

    /// <summary>Draws the progress and logs each step (seen with <c>-v detailed</c>), so a log shows how far a fix got.</summary>
    private sealed partial class Logged(IProgress<FixProgress> inner, ILogger logger) : IProgress<FixProgress>
    {
        public void Report(FixProgress value)
        {
            inner.Report(value);
            if (!value.Ended && logger.IsEnabled(LogLevel.Information))
            {
                var step = StepText.Describe(value.Step);
                LogStep(logger, value.Phase, value.Index + 1, value.Count, step);
            }
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "{Phase} step {Number} of {Count}: {Step}")]
        private static partial void LogStep(ILogger logger, FixPhase phase, int number, int count, string step);
    }
}
