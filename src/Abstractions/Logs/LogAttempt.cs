namespace WuToolkit.Abstractions.Logs;

/// <summary>
/// One run of an operation that a log can hold several of (added after SDK 1.1): a dism.exe session, a run of Setup.
/// Findings of one run carry the same attempt; a later run of the same operation in the same file supersedes the
/// earlier ones, whose findings then no longer explain the PC's current state.
/// </summary>
public sealed record LogAttempt
{
    /// <summary>What was attempted, written the same for every run of it, such as
    /// <c>dism /online /cleanup-image /restorehealth</c> or <c>feature upgrade</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>The line the run started on, which tells runs of one operation apart.</summary>
    public required long Line { get; init; }

    /// <summary>When the run started, if the log says.</summary>
    public DateTimeOffset? Time { get; init; }
}
