using System.Security.Cryptography;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Engine;

/// <summary>
/// Applies a fix's plan to a machine through its <see cref="IStepExecutor"/>, and undoes it. Before anything changes the
/// plan is reviewed (<see cref="PlanReviewer"/>) and refused whole if this machine cannot take a step. Then each step is
/// prepared (what undoing it needs is read), journaled, run and journaled again, so that a journal always says how far
/// a fix got, even after a crash. A failed step, a step that ends in an unexpected error, or a cancellation between steps
/// (the token) rolls back every step that ran, in reverse order, and the result says exactly what was restored and what
/// could not be. <see cref="UndoAsync"/> does the same from a journal, later or in another process.
/// </summary>
public sealed class FixEngine
{
    private readonly TimeProvider _time;

    /// <summary>An engine that keeps its journals in <paramref name="store"/>.</summary>
    public FixEngine(IJournalStore store, TimeProvider? time = null, StepTimeouts? timeouts = null)
    {
        Journals = new JournalBook(store);
        _time = time ?? TimeProvider.System;
        Timeouts = timeouts ?? new StepTimeouts();
    }

    /// <summary>The journals.</summary>
    public JournalBook Journals { get; }

    /// <summary>How long steps may take.</summary>
    public StepTimeouts Timeouts { get; }

    /// <summary>Applies the plan. <paramref name="cancellationToken"/> is looked at between steps: a step that has started
    /// runs to its end (or its timeout), then what ran is rolled back.</summary>
    public async Task<FixRun> ApplyAsync(FixRequest request, IStepExecutor? executor, IProgress<FixProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var review = PlanReviewer.Review(request.Plan, executor, request.ManagedBy);
        var plan = review.Plan.Steps;
        if (executor is null || !review.CanApply)
        {
            var reason = executor is null
                ? FixingStrings.MachineCannotChange
                : string.Join(" ", review.Refusals.Select(refusal => FixingStrings.FormatStepRefused(refusal.Index + 1, StepText.Describe(refusal.Step), refusal.Reason)));
            return new FixRun { Status = FixRunStatus.Refused, FixId = request.FixId, Review = review, Message = reason };
        }

        if (plan.Count == 0)
        {
            return new FixRun { Status = FixRunStatus.NothingToDo, FixId = request.FixId, Review = review };
        }

        var id = NewJournalId(request.FixId);
        await Journals.Store.CreateAsync(id, cancellationToken).ConfigureAwait(false);
        await Journals.AppendAsync(id, new JournalBegun
        {
            AtUtc = _time.GetUtcNow(),
            Journal = id,
            Fix = request.FixId,
            Title = request.Title,
            Machine = request.Machine,
            ToolVersion = request.ToolVersion,
            ManagedBy = request.ManagedBy,
            Steps = plan,
        }, cancellationToken).ConfigureAwait(false);

        var steps = plan.Select((step, index) => new JournalStep { Index = index, Step = step }).ToArray();
        var journal = new JournalWriter(Journals, id, _time);
        int? failed = null;
        var message = "";
        RollbackCause? cause = null;
        for (var index = 0; index < steps.Length; index++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                cause = RollbackCause.Cancelled;
                message = FixingStrings.CancelledBetweenSteps;
                break;
            }

            progress?.Report(new FixProgress { Phase = FixPhase.Applying, Index = index, Count = steps.Length, Step = steps[index].Step });
            (steps[index], var problem) = await RunStepAsync(journal, steps[index], executor).ConfigureAwait(false);
            progress?.Report(new FixProgress { Phase = FixPhase.Applying, Index = index, Count = steps.Length, Step = steps[index].Step, Ended = true });
            if (problem is not null)
            {
                failed = index;
                message = problem.Value.Message;
                cause = problem.Value.Cause;
                break;
            }
        }

        if (cause is null)
        {
            await journal.AppendAsync(new JournalEnded { State = JournalState.Applied }).ConfigureAwait(false);
            return new FixRun
            {
                Status = FixRunStatus.Applied,
                FixId = request.FixId,
                JournalId = id,
                Review = review,
                Steps = steps,
                Message = journal.Problem ?? "",
            };
        }

        await journal.AppendAsync(new RollbackBegun { Cause = cause.Value, Message = message }).ConfigureAwait(false);
        var (undone, attempts, _) = await UndoStepsAsync(journal, steps, executor, FixPhase.RollingBack, progress, CancellationToken.None).ConfigureAwait(false);
        var complete = undone.All(step => !step.NeedsUndo);
        await journal.AppendAsync(new JournalEnded { State = complete ? JournalState.RolledBack : JournalState.RollbackIncomplete }).ConfigureAwait(false);
        return new FixRun
        {
            Status = complete ? FixRunStatus.RolledBack : FixRunStatus.RollbackIncomplete,
            FixId = request.FixId,
            JournalId = id,
            Review = review,
            Steps = undone,
            UndoAttempts = attempts,
            FailedStep = failed,
            Message = message,
            Cancelled = cause == RollbackCause.Cancelled,
        };
    }

    /// <summary>Undoes what a journal's steps changed, newest first, judging each by the PC as it is now: a step that
    /// never ran, or was undone already, changes nothing. <paramref name="cancellationToken"/> is looked at between steps;
    /// undoing what is left is for the next <c>wutk undo</c>.</summary>
    /// <exception cref="JournalNotFoundException">There is no such journal.</exception>
    /// <exception cref="JournalDamagedException">It cannot be read.</exception>
    public async Task<FixRun> UndoAsync(string journalId, IStepExecutor executor, IProgress<FixProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journalId);
        ArgumentNullException.ThrowIfNull(executor);
        var read = await Journals.ReadAsync(journalId, cancellationToken).ConfigureAwait(false);
        if (!read.NeedsUndo)
        {
            return new FixRun { Status = FixRunStatus.NothingToUndo, FixId = read.FixId, JournalId = read.Id, Steps = read.Steps };
        }

        var journal = new JournalWriter(Journals, read.Id, _time);
        await journal.AppendAsync(new UndoBegun()).ConfigureAwait(false);
        var (steps, attempts, cancelled) = await UndoStepsAsync(journal, [.. read.Steps], executor, FixPhase.Undoing, progress, cancellationToken).ConfigureAwait(false);
        var complete = steps.All(step => !step.NeedsUndo);
        await journal.AppendAsync(new JournalEnded { State = complete ? JournalState.Undone : JournalState.UndoIncomplete }).ConfigureAwait(false);
        return new FixRun
        {
            Status = complete ? FixRunStatus.Undone : FixRunStatus.UndoIncomplete,
            FixId = read.FixId,
            JournalId = read.Id,
            Steps = steps,
            UndoAttempts = attempts,
            Cancelled = cancelled,
            Message = cancelled ? FixingStrings.CancelledBetweenSteps : journal.Problem ?? "",
        };
    }

    /// <summary>Prepares, journals, runs and journals one step; says why the plan must stop, if it must.</summary>
    private async Task<(JournalStep Step, (string Message, RollbackCause Cause)? Problem)> RunStepAsync(JournalWriter journal, JournalStep step, IStepExecutor executor)
    {
        var limit = Timeouts.For(step.Step);
        PreparedStep prepared;
        try
        {
            using var timeout = new CancellationTokenSource(Timeouts.Other, _time);
            prepared = await executor.PrepareAsync(step.Step, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            var text = FixingStrings.FormatPrepareTimedOut(Timeouts.Other);
            return (step with { Run = StepRunState.Failed, Message = text }, (text, RollbackCause.StepFailed));
        }
#pragma warning disable CA1031 // Whatever reading the PC throws, nothing has changed yet: the plan stops and rolls back.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var text = FixingStrings.FormatPrepareFailed(ex.Message);
            return (step with { Run = StepRunState.Failed, Message = text }, (text, RollbackCause.Error));
        }

        prepared = prepared with { Step = step.Step };
        if (!await journal.AppendAsync(new StepPrepared { Step = step.Index, Before = StepBefore.From(prepared) }).ConfigureAwait(false))
        {
            // Without its line in the journal a step could not be undone after a crash: it does not run.
            var text = FixingStrings.FormatJournalUnwritable(journal.Problem);
            return (step with { Run = StepRunState.NotRun, Message = text }, (text, RollbackCause.Error));
        }

        step = step with { Prepared = prepared, Run = StepRunState.Interrupted };
        StepOutcome outcome;
        try
        {
            using var timeout = new CancellationTokenSource(limit, _time);
            outcome = await executor.ExecuteAsync(prepared, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            outcome = StepOutcome.Failed(FixingStrings.FormatStepTimedOut(limit));
        }
#pragma warning disable CA1031 // Nobody knows what a step that threw has done: it is undone with the others, judged by the PC.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var text = FixingStrings.FormatStepError(ex.Message);
            await journal.AppendAsync(new StepFinished { Step = step.Index, Status = StepRunState.Interrupted, Message = text }).ConfigureAwait(false);
            return (step with { Message = text }, (text, RollbackCause.Error));
        }

        var run = outcome.Status switch
        {
            StepStatus.Done => StepRunState.Done,
            StepStatus.Unchanged => StepRunState.Unchanged,
            _ => StepRunState.Failed,
        };
        step = step with { Run = run, Message = outcome.Message, ExitCode = outcome.ExitCode };
        var written = await journal.AppendAsync(new StepFinished { Step = step.Index, Status = run, Message = outcome.Message, ExitCode = outcome.ExitCode }).ConfigureAwait(false);
        if (run == StepRunState.Failed)
        {
            return (step, (outcome.Message, RollbackCause.StepFailed));
        }

        return written ? (step, null) : (step, (FixingStrings.FormatJournalUnwritable(journal.Problem), RollbackCause.Error));
    }

    /// <summary>Undoes, newest first, every step that needs it; <paramref name="stop"/> is looked at between steps.</summary>
    private async Task<(JournalStep[] Steps, IReadOnlyList<JournalStep> Attempts, bool Cancelled)> UndoStepsAsync(
        JournalWriter journal, JournalStep[] steps, IStepExecutor executor, FixPhase phase, IProgress<FixProgress>? progress, CancellationToken stop)
    {
        var attempts = new List<JournalStep>();
        for (var index = steps.Length - 1; index >= 0; index--)
        {
            var step = steps[index];
            if (step.Prepared is not { } prepared || step.Run is not (StepRunState.Done or StepRunState.Interrupted)
                || step.Undo is StepUndoState.Restored or StepUndoState.NothingToRestore or StepUndoState.NotReversible)
            {
                continue;
            }

            if (!step.Step.IsReversible)
            {
                steps[index] = step with { Undo = StepUndoState.NotReversible, UndoMessage = StepText.DescribeUndo(step.Step) };
                await journal.AppendAsync(new StepUndone { Step = index, Status = StepUndoState.NotReversible, Message = steps[index].UndoMessage }).ConfigureAwait(false);
                attempts.Add(steps[index]);
                continue;
            }

            if (stop.IsCancellationRequested)
            {
                return (steps, attempts, true);
            }

            progress?.Report(new FixProgress { Phase = phase, Index = index, Count = steps.Length, Step = step.Step });
            await journal.AppendAsync(new StepUndoing { Step = index }).ConfigureAwait(false);
            StepUndoState state;
            string message;
            var limit = Timeouts.ForUndo(step.Step);
            try
            {
                using var timeout = new CancellationTokenSource(limit, _time);
                var outcome = await executor.UndoAsync(prepared, timeout.Token).ConfigureAwait(false);
                state = outcome.Status switch
                {
                    StepStatus.Done => StepUndoState.Restored,
                    StepStatus.Unchanged => StepUndoState.NothingToRestore,
                    _ => StepUndoState.Failed,
                };
                message = outcome.Message;
            }
            catch (OperationCanceledException)
            {
                (state, message) = (StepUndoState.Failed, FixingStrings.FormatStepTimedOut(limit));
            }
#pragma warning disable CA1031 // One step that cannot be undone must not stop the others from being undone.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                (state, message) = (StepUndoState.Failed, FixingStrings.FormatStepError(ex.Message));
            }

            steps[index] = step with { Undo = state, UndoMessage = message };
            attempts.Add(steps[index]);
            await journal.AppendAsync(new StepUndone { Step = index, Status = state, Message = message }).ConfigureAwait(false);
            progress?.Report(new FixProgress { Phase = phase, Index = index, Count = steps.Length, Step = step.Step, Ended = true });
        }

        return (steps, attempts, false);
    }

    private string NewJournalId(string fixId)
    {
        var safe = new string([.. fixId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        var stamp = _time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return $"{stamp}-{(safe.Length == 0 ? "fix" : safe)}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
    }

    /// <summary>Appends entries and remembers the first that could not be written, so that a journal that fails half-way
    /// stops the plan but never stops a rollback.</summary>
    private sealed class JournalWriter(JournalBook book, string id, TimeProvider time)
    {
        public string? Problem { get; private set; }

        public async Task<bool> AppendAsync(JournalEntry entry)
        {
            try
            {
                await book.AppendAsync(id, entry with { AtUtc = time.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JournalNotFoundException)
            {
                Problem ??= ex.Message;
                return false;
            }
        }
    }
}
