using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// A fix command for people, as it happens: each plan in words (which steps need elevation, which cannot be undone,
/// what was left out and why, the notes) before the question, then what each step did, what a rollback restored and
/// what it could not, and the addressed checks before and after. Everything from data is escaped for the terminal.
/// </summary>
public sealed class FixTableWriter(TextWriter output)
{
    private const string Indent = "  ";

    public async Task ChecksAsync(IReadOnlyList<CheckOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        await LineAsync(FixStrings.ChecksHeading).ConfigureAwait(false);
        foreach (var outcome in outcomes)
        {
            await LineAsync(Indent + FixStrings.FormatCheckLine(StatusText.ForPeople(outcome.Status).PadRight(7), E(outcome.Id), E(outcome.Summary))).ConfigureAwait(false);
        }

        await LineAsync("").ConfigureAwait(false);
    }

    public async Task PlanAsync(PlannedFix planned, FixMachine machine, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(machine);
        var fix = planned.Fix;
        await LineAsync(FixStrings.FormatPlanHeading(E(fix.Id), E(fix.Metadata.Title), E(fix.Plugin), ImpactText(fix.Metadata.Impact),
            fix.Metadata.NeedsElevation ? FixStrings.NeedsElevationYes : FixStrings.NeedsElevationNo)).ConfigureAwait(false);
        await LineAsync(Indent + (machine.ManagedBy.Count > 0
            ? FixStrings.FormatMachineManaged(E(machine.Name), machine.Kind, E(string.Join(", ", machine.ManagedBy)))
            : FixStrings.FormatMachineLine(E(machine.Name), machine.Kind))).ConfigureAwait(false);
        if (planned.Problem is { } problem)
        {
            await LineAsync(Indent + FixStrings.FormatPlanProblem(E(problem))).ConfigureAwait(false);
            return;
        }

        var review = planned.Review!;
        var plan = review.Plan;
        if (plan.Steps.Count == 0)
        {
            await LineAsync(Indent + FixStrings.PlanEmpty).ConfigureAwait(false);
        }
        else
        {
            await LineAsync(Indent + FixStrings.FormatPlanStepsHeading(plan.Steps.Count)).ConfigureAwait(false);
            for (var index = 0; index < plan.Steps.Count; index++)
            {
                var step = plan.Steps[index];
                var marks = string.Concat(
                    step.IsReversible ? "" : " " + FixStrings.MarkIrreversible,
                    step is RunProgramStep { LongRunning: true } ? " " + FixStrings.MarkLongRunning : "");
                await LineAsync(Indent + Indent + FixStrings.FormatPlanStep(index + 1, E(StepText.Describe(step)), marks)).ConfigureAwait(false);
                if (!string.IsNullOrWhiteSpace(step.Reason))
                {
                    await LineAsync(Indent + Indent + Indent + FixStrings.FormatPlanStepReason(E(step.Reason))).ConfigureAwait(false);
                }
            }
        }

        if (plan.Omitted.Count > 0)
        {
            await LineAsync(Indent + FixStrings.OmittedHeading).ConfigureAwait(false);
            foreach (var omitted in plan.Omitted)
            {
                await LineAsync(Indent + Indent + FixStrings.FormatOmittedLine(E(omitted.Description), E(omitted.Reason))).ConfigureAwait(false);
            }
        }

        if (plan.Notes.Count > 0)
        {
            await LineAsync(Indent + FixStrings.NotesHeading).ConfigureAwait(false);
            foreach (var note in plan.Notes)
            {
                await LineAsync(Indent + Indent + FixStrings.FormatNoteLine(E(note))).ConfigureAwait(false);
            }
        }

        if (plan.Steps.Any(step => step is RenameFolderStep or RenameFileStep))
        {
            await LineAsync(Indent + FixStrings.RenamesNeverOverwrite).ConfigureAwait(false);
        }

        if (plan.HasIrreversibleSteps)
        {
            var irreversible = plan.Steps.Select((step, index) => (step, index)).Where(pair => !pair.step.IsReversible).Select(pair => pair.index + 1);
            await LineAsync(Indent + FixStrings.FormatIrreversibleWarning(string.Join(", ", irreversible))).ConfigureAwait(false);
        }

        if (!review.MachineCanChange)
        {
            await LineAsync(Indent + (dryRun ? FixStrings.SnapshotPlanOnly : FixStrings.MachineCannotChange)).ConfigureAwait(false);
        }
        else if (review.Refusals.Count > 0)
        {
            await LineAsync(Indent + FixStrings.RefusalsHeading).ConfigureAwait(false);
            foreach (var refusal in review.Refusals)
            {
                await LineAsync(Indent + Indent + FixStrings.FormatRefusalLine(refusal.Index + 1, E(StepText.Describe(refusal.Step)), E(refusal.Reason))).ConfigureAwait(false);
            }
        }

        await LineAsync("").ConfigureAwait(false);
    }

    public async Task ResultAsync(FixEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Run is not { } run)
        {
            return;
        }

        var id = E(entry.Planned.Fix.Id);
        await LineAsync(run.Status switch
        {
            FixRunStatus.Applied => FixStrings.FormatResultApplied(id, E(run.JournalId)),
            FixRunStatus.RolledBack when run.Cancelled => FixStrings.FormatResultCancelled(id, E(run.JournalId)),
            FixRunStatus.RolledBack => FixStrings.FormatResultRolledBack(id, (run.FailedStep ?? 0) + 1, E(run.Message), E(run.JournalId)),
            FixRunStatus.RollbackIncomplete => FixStrings.FormatResultRollbackIncomplete(id, E(run.Message), E(run.JournalId)),
            _ => FixStrings.FormatResultOther(id, run.Status, E(run.Message)),
        }).ConfigureAwait(false);
        await StepsAsync(run).ConfigureAwait(false);
        await UndoneAsync(run).ConfigureAwait(false);
        if (entry.Verification.Count > 0)
        {
            await LineAsync(Indent + FixStrings.VerificationHeading).ConfigureAwait(false);
            foreach (var change in entry.Verification)
            {
                var before = change.Before is { } status ? StatusText.ForPeople(status) : FixStrings.NotRunBefore;
                await LineAsync(Indent + Indent + FixStrings.FormatVerificationLine(E(change.Id), before, StatusText.ForPeople(change.After.Status), E(change.After.Summary))).ConfigureAwait(false);
            }
        }

        await LineAsync("").ConfigureAwait(false);
    }

    /// <summary>What an undo (or a rollback) restored, could not restore, and left as it is.</summary>
    public async Task UndoneAsync(FixRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var step in run.UndoAttempts)
        {
            var text = E(StepText.Describe(step.Step));
            var line = step.Undo switch
            {
                StepUndoState.Restored => FixStrings.FormatUndoRestored(step.Index + 1, text, E(step.UndoMessage)),
                StepUndoState.NothingToRestore => FixStrings.FormatUndoNothing(step.Index + 1, text, E(step.UndoMessage)),
                StepUndoState.NotReversible => FixStrings.FormatUndoNotReversible(step.Index + 1, text),
                _ => FixStrings.FormatUndoFailed(step.Index + 1, text, E(step.UndoMessage)),
            };
            await LineAsync(Indent + line).ConfigureAwait(false);
        }

        if (run.Status is FixRunStatus.RollbackIncomplete or FixRunStatus.UndoIncomplete)
        {
            await LineAsync(Indent + FixStrings.FormatUndoLater(E(run.JournalId))).ConfigureAwait(false);
        }
    }

    public Task MessageAsync(string message) => LineAsync(E(message));

    private async Task StepsAsync(FixRun run)
    {
        foreach (var step in run.Steps.Where(step => step.Run != StepRunState.NotRun))
        {
            var word = step.Run switch
            {
                StepRunState.Done => FixStrings.RunDone,
                StepRunState.Unchanged => FixStrings.RunUnchanged,
                StepRunState.Failed => FixStrings.RunFailed,
                _ => FixStrings.RunInterrupted,
            };
            await LineAsync(Indent + FixStrings.FormatRunLine(step.Index + 1, word, E(StepText.Describe(step.Step)), E(step.Message))).ConfigureAwait(false);
        }
    }

    public static string ImpactText(FixImpact impact) => impact switch
    {
        FixImpact.Gentle => FixStrings.ImpactGentle,
        FixImpact.Heavy => FixStrings.ImpactHeavy,
        _ => FixStrings.ImpactModerate,
    };

    private Task LineAsync(string text) => output.WriteLineAsync(text);

    private static string E(string? text) => TerminalText.Escape(text);
}
