using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;

namespace WuToolkit.Fixing.Engine;

/// <summary>How an application or an undo ended.</summary>
public enum FixRunStatus
{
    /// <summary>The plan had no step: nothing was done and no journal was written.</summary>
    NothingToDo,

    /// <summary>The plan cannot be applied on this machine; nothing was touched (see <see cref="FixRun.Review"/>).</summary>
    Refused,

    /// <summary>Every step ran.</summary>
    Applied,

    /// <summary>A step failed, or the user cancelled, and every step that ran was undone.</summary>
    RolledBack,

    /// <summary>A step failed, or the user cancelled, and some step could not be undone (<see cref="FixRun.NotRestored"/>):
    /// <c>wutk undo</c> tries again.</summary>
    RollbackIncomplete,

    /// <summary>A journal was undone.</summary>
    Undone,

    /// <summary>A journal was undone in part (<see cref="FixRun.NotRestored"/>).</summary>
    UndoIncomplete,

    /// <summary>The journal had nothing left to undo.</summary>
    NothingToUndo,
}

/// <summary>What applying or undoing a fix did, step by step.</summary>
public sealed record FixRun
{
    /// <summary>How it ended.</summary>
    public required FixRunStatus Status { get; init; }

    /// <summary>The fix.</summary>
    public required string FixId { get; init; }

    /// <summary>The journal written, or <see langword="null"/> when none was (nothing to do, refused).</summary>
    public string? JournalId { get; init; }

    /// <summary>The plan as reviewed for this machine (applications only).</summary>
    public PlanReview? Review { get; init; }

    /// <summary>Every step of the plan and how far it got.</summary>
    public IReadOnlyList<JournalStep> Steps { get; init; } = [];

    /// <summary>The step that failed (its index), when one did.</summary>
    public int? FailedStep { get; init; }

    /// <summary>Why it did not finish (the failed step's message, the refusal, the error), or empty.</summary>
    public string Message { get; init; } = "";

    /// <summary>Whether the user cancelled (Ctrl+C) between steps.</summary>
    public bool Cancelled { get; init; }

    /// <summary>Whether it ended as asked: applied, undone, or nothing to do.</summary>
    public bool Succeeded => Status is FixRunStatus.Applied or FixRunStatus.Undone or FixRunStatus.NothingToDo or FixRunStatus.NothingToUndo;

    /// <summary>The steps this rollback or undo went through, newest first, each as it left it.</summary>
    public IReadOnlyList<JournalStep> UndoAttempts { get; init; } = [];

    /// <summary>The steps this rollback or undo restored.</summary>
    public IReadOnlyList<JournalStep> Restored => [.. UndoAttempts.Where(step => step.Undo == StepUndoState.Restored)];

    /// <summary>The steps that changed the PC and could not be undone although they should have been.</summary>
    public IReadOnlyList<JournalStep> NotRestored => [.. Steps.Where(step => step.Undo == StepUndoState.Failed || (step.NeedsUndo && Status != FixRunStatus.Applied))];

    /// <summary>The steps that ran and cannot be undone by their nature (a program without an undo), left as they are.</summary>
    public IReadOnlyList<JournalStep> NotReversible => [.. UndoAttempts.Where(step => step.Undo == StepUndoState.NotReversible)];
}
