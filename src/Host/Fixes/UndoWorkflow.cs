using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// <c>wutk undo</c> (and a fix's companion, such as <c>wutk fix cleanboot.exit</c>): finds the journal (named, or the
/// newest with something left to undo, of one fix when given), shows what undoing it will restore, refuses as
/// <c>wutk fix</c> does before anything changes, asks, and lets the engine undo it newest step first.
/// </summary>
public sealed class UndoWorkflow(HostSession session, PluginCatalog catalog, IMachine machine)
{
    public async Task<int> RunAsync(FixJournal? named, string? fixId, bool yes, CancellationToken cancellationToken)
    {
        if (JournalFolder.Open(session) is not { } store)
        {
            return ExitCodes.CannotCreate;
        }

        var book = new JournalBook(store);
        var journal = named ?? await book.LatestToUndoAsync(fixId, cancellationToken).ConfigureAwait(false);
        if (journal is null || !journal.NeedsUndo)
        {
            var nothing = new FixRun { Status = FixRunStatus.NothingToUndo, FixId = journal?.FixId ?? fixId ?? "", JournalId = journal?.Id, Steps = journal?.Steps ?? [] };
            await WriteAsync(nothing, ExitCodes.Ok, journal is null
                ? (fixId is null ? FixStrings.NothingToUndoAnywhere : FixStrings.FormatNothingToUndoForFix(fixId))
                : FixStrings.FormatNothingToUndoInJournal(journal.Id, StateText(journal.State)), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var pending = journal.Steps.Where(step => step.NeedsUndo).Reverse().ToList();
        if (session.Format != OutputFormat.Json)
        {
            await session.Output.WriteLineAsync(FixStrings.FormatUndoHeading(E(journal.FixId), E(journal.Id), journal.StartedUtc.ToString("u", System.Globalization.CultureInfo.InvariantCulture), StateText(journal.State))).ConfigureAwait(false);
            foreach (var step in pending)
            {
                await session.Output.WriteLineAsync("  " + FixStrings.FormatUndoPlanLine(step.Index + 1, E(StepText.Describe(step.Step)), E(StepText.DescribeUndo(step.Step)))).ConfigureAwait(false);
            }
        }

        if (machine.StepExecutor is not { } executor)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(FixStrings.UndoMachineCannotChange)).ConfigureAwait(false);
            return ExitCodes.CannotApplyHere;
        }

        if (pending.Select(step => executor.ReasonCannotPerform(step.Step)).FirstOrDefault(reason => reason is not null) is { } cannot)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(FixStrings.FormatUndoCannotHere(journal.Id, cannot))).ConfigureAwait(false);
            return ExitCodes.CannotApplyHere;
        }

        if (NeedsElevation(journal, pending) && !session.Environment.IsElevated)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(FixStrings.FormatUndoNotElevated(journal.Id))).ConfigureAwait(false);
            return ExitCodes.NeedsElevation;
        }

        var (held, busy) = await ChangeLock.TakeAsync(session, store, "wutk undo " + journal.Id).ConfigureAwait(false);
        using var changing = held;
        if (busy is not null)
        {
            return ExitCodes.Busy;
        }

        if (!yes && !await new Confirmation(session.Error, session.Environment.OpenStandardInput)
                .AskAsync(FixStrings.FormatConfirmUndo(journal.Id, pending.Count), cancellationToken).ConfigureAwait(false))
        {
            await session.Error.WriteLineAsync(FixStrings.NotApproved).ConfigureAwait(false);
            return ExitCodes.NotApproved;
        }

        FixRun run;
        using (var interrupt = new InterruptBetweenSteps(session.Error, ReferenceEquals(session.Error, Console.Error), cancellationToken))
        using (var progress = new FixProgressLine(session.Error, session.Environment.ErrorIsTerminal && ReferenceEquals(session.Error, Console.Error)))
        {
            run = await new FixEngine(store).UndoAsync(journal.Id, executor, progress, interrupt.Token).ConfigureAwait(false);
        }

        var code = run.Status switch
        {
            FixRunStatus.Undone or FixRunStatus.NothingToUndo => ExitCodes.Ok,
            _ when run.Cancelled => ExitCodes.Cancelled,
            _ => ExitCodes.RestoreIncomplete,
        };
        await WriteAsync(run, code, run.Status == FixRunStatus.Undone ? FixStrings.FormatUndone(E(journal.FixId), E(journal.Id)) : FixStrings.FormatUndoIncomplete(E(journal.Id)), cancellationToken).ConfigureAwait(false);
        return code;
    }

    /// <summary>Undoing needs what applying needed; a fix no longer loaded needs it unless its journal only moved files
    /// and folders.</summary>
    private bool NeedsElevation(FixJournal journal, IReadOnlyList<JournalStep> pending) =>
        catalog.Fixes.FirstOrDefault(fix => string.Equals(fix.Id, journal.FixId, StringComparison.OrdinalIgnoreCase)) is { } fix
            ? fix.Metadata.NeedsElevation
            : pending.Any(step => step.Step is not (RenameFolderStep or RenameFileStep or CreateFolderStep));

    private async Task WriteAsync(FixRun run, int code, string message, CancellationToken cancellationToken)
    {
        if (session.Format == OutputFormat.Json)
        {
            await new FixJsonWriter(session.Output, HostSession.ToolVersion).WriteUndoAsync(run, code, cancellationToken).ConfigureAwait(false);
            return;
        }

        await session.Output.WriteLineAsync(message).ConfigureAwait(false);
        await new FixTableWriter(session.Output).UndoneAsync(run).ConfigureAwait(false);
    }

    public static string StateText(JournalState state) => state switch
    {
        JournalState.Applied => FixStrings.StateApplied,
        JournalState.RolledBack => FixStrings.StateRolledBack,
        JournalState.RollbackIncomplete => FixStrings.StateRollbackIncomplete,
        JournalState.Undone => FixStrings.StateUndone,
        JournalState.UndoIncomplete => FixStrings.StateUndoIncomplete,
        _ => FixStrings.StateInterrupted,
    };

    private static string E(string? text) => TerminalText.Escape(text);
}
