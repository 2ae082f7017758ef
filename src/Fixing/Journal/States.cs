namespace WuToolkit.Fixing.Journal;

/// <summary>How far a journal's fix got, as its last line says.</summary>
public enum JournalState
{
    /// <summary>It stopped without an end: the process died or the power went while a fix, a rollback or an undo ran.
    /// <c>wutk undo</c> restores what it changed.</summary>
    Interrupted,

    /// <summary>Every step ran.</summary>
    Applied,

    /// <summary>A step failed or the user cancelled, and everything that ran was undone.</summary>
    RolledBack,

    /// <summary>A step failed or the user cancelled, and something that ran could not be undone.</summary>
    RollbackIncomplete,

    /// <summary>Undone by <c>wutk undo</c>.</summary>
    Undone,

    /// <summary><c>wutk undo</c> ran, and something could not be undone.</summary>
    UndoIncomplete,
}

/// <summary>How one step of a journal ran.</summary>
public enum StepRunState
{
    /// <summary>It never started.</summary>
    NotRun,

    /// <summary>It changed the PC.</summary>
    Done,

    /// <summary>Nothing to change (already so, or not on this PC).</summary>
    Unchanged,

    /// <summary>It could not be done; the PC is as it was.</summary>
    Failed,

    /// <summary>It started and nobody knows how it ended (a crash, an unexpected error): undoing it is judged by the PC as
    /// it is now.</summary>
    Interrupted,
}

/// <summary>How undoing one step went.</summary>
public enum StepUndoState
{
    /// <summary>Not undone (it needs no undoing, or nobody tried yet).</summary>
    None,

    /// <summary>Undoing started and nobody knows how it ended.</summary>
    Undoing,

    /// <summary>What it changed was restored.</summary>
    Restored,

    /// <summary>The PC was already as before: nothing to restore.</summary>
    NothingToRestore,

    /// <summary>It cannot be undone (a program without an undo, a restore point).</summary>
    NotReversible,

    /// <summary>Undoing it failed; the PC is as the step left it.</summary>
    Failed,
}

/// <summary>Why the engine rolled back.</summary>
public enum RollbackCause
{
    /// <summary>A step failed.</summary>
    StepFailed,

    /// <summary>The user cancelled between steps (Ctrl+C).</summary>
    Cancelled,

    /// <summary>A step ended with an unexpected error, or the journal could not be written.</summary>
    Error,
}
