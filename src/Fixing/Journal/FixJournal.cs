using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing.Journal;

/// <summary>A journal as read back: what was applied, to which PC, and how far each step got (its run and its undo).</summary>
public sealed record FixJournal
{
    /// <summary>The journal's id (its file name without the extension).</summary>
    public required string Id { get; init; }

    /// <summary>The fix applied.</summary>
    public required string FixId { get; init; }

    /// <summary>The fix's title when it was applied.</summary>
    public string Title { get; init; } = "";

    /// <summary>The PC it was applied to.</summary>
    public string Machine { get; init; } = "";

    /// <summary>The wutk version that applied it.</summary>
    public string ToolVersion { get; init; } = "";

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>When it last changed (its last line).</summary>
    public required DateTimeOffset LastUtc { get; init; }

    /// <summary>What managed the PC.</summary>
    public IReadOnlyList<string> ManagedBy { get; init; } = [];

    /// <summary>The plan's steps, each with how far it got.</summary>
    public required IReadOnlyList<JournalStep> Steps { get; init; }

    /// <summary>How far the fix got.</summary>
    public required JournalState State { get; init; }

    /// <summary>Whether a last line cut short (by a crash while it was written) was skipped.</summary>
    public bool LastLineTorn { get; init; }

    /// <summary>Whether anything the journal changed still needs undoing.</summary>
    public bool NeedsUndo => Steps.Any(step => step.NeedsUndo);

    /// <summary>What the journal's renames moved aside and is still there to delete: each rename that ran, was not undone,
    /// and whose moved-aside copy was not deleted yet.</summary>
    public IReadOnlyList<JournalStep> MovedAside =>
        [.. Steps.Where(step => step.Step is RenameFolderStep or RenameFileStep
            && step.Run == StepRunState.Done
            && step.Undo is not (StepUndoState.Restored or StepUndoState.Undoing)
            && !step.MovedAsideDeleted
            && step.Prepared?.MoveTo is not null)];
}

/// <summary>One step of a journal and how far it got.</summary>
public sealed record JournalStep
{
    /// <summary>Its place in the plan, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The step.</summary>
    public required FixStep Step { get; init; }

    /// <summary>What it found before it ran (what undoing it needs), or <see langword="null"/> when it never got that far.</summary>
    public PreparedStep? Prepared { get; init; }

    /// <summary>How it ran.</summary>
    public StepRunState Run { get; init; }

    /// <summary>What running it said.</summary>
    public string Message { get; init; } = "";

    /// <summary>A program's exit code.</summary>
    public int? ExitCode { get; init; }

    /// <summary>How undoing it went.</summary>
    public StepUndoState Undo { get; init; }

    /// <summary>What undoing it said.</summary>
    public string UndoMessage { get; init; } = "";

    /// <summary>Whether what it moved aside was deleted by a cleanup.</summary>
    public bool MovedAsideDeleted { get; init; }

    /// <summary>Whether it may have changed the PC and is not known to be restored: it ran (or may have, before a crash)
    /// and undoing it has not ended in restored or nothing to restore. A step that cannot be undone never needs it.</summary>
    public bool NeedsUndo =>
        Prepared is not null
        && Run is StepRunState.Done or StepRunState.Interrupted
        && Undo is StepUndoState.None or StepUndoState.Undoing or StepUndoState.Failed
        && Step.IsReversible;
}
