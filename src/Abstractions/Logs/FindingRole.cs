namespace WuToolkit.Abstractions.Logs;

/// <summary>
/// What part a finding plays in the story of a failure (added after SDK 1.1). The host marks where to start reading at a
/// cause; an outcome says that something failed (or succeeded), not why.
/// </summary>
public enum FindingRole
{
    /// <summary>What went wrong: a file that could not be repaired, a driver that failed, a block, a missing source.
    /// The default, and what every finding of a plugin built against SDK 1.0 or 1.1 is.</summary>
    Cause,

    /// <summary>How an attempt ended: a phase that failed, a rollback, Setup's final result, a command's exit code, or a
    /// success. A failure that is an outcome is marked as where to start only when no cause is known.</summary>
    Outcome,
}
