using WuToolkit.Abstractions.Checks;
using WuToolkit.Fixing.Engine;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>The machine a fix command works on, as its output describes it.</summary>
/// <param name="Kind"><c>live</c> or <c>snapshot</c>.</param>
/// <param name="Source">The snapshot file, or <c>live</c>.</param>
/// <param name="Name">The PC's name.</param>
/// <param name="ManagedBy">What manages its updates.</param>
/// <param name="CanChange">Whether it can be changed at all (a snapshot cannot).</param>
/// <param name="Elevated">Whether wutk runs elevated.</param>
public sealed record FixMachine(string Kind, string Source, string Name, IReadOnlyList<string> ManagedBy, bool CanChange, bool Elevated);

/// <summary>How one fix of a command ended.</summary>
public enum FixEntryStatus
{
    /// <summary>Planned and shown only (<c>--dry-run</c>).</summary>
    Planned,

    /// <summary>The plan has no step: nothing to do on this PC.</summary>
    NothingToDo,

    /// <summary>The fix could not be planned (it failed, or asked what this machine cannot answer).</summary>
    PlanFailed,

    /// <summary>The plan cannot be applied on this machine.</summary>
    Refused,

    /// <summary>The fix needs elevation and wutk does not run elevated.</summary>
    NeedsElevation,

    /// <summary>The plan was not approved.</summary>
    NotApproved,

    /// <summary>Applied.</summary>
    Applied,

    /// <summary>A step failed and everything was rolled back.</summary>
    RolledBack,

    /// <summary>A step failed and something could not be rolled back.</summary>
    RollbackIncomplete,

    /// <summary>Cancelled between steps, and what ran rolled back.</summary>
    Cancelled,
}

/// <summary>A check's result before a fix and after it.</summary>
public sealed record CheckChange(string Id, CheckStatus? Before, CheckOutcome After);

/// <summary>One fix of a command: its plan and how it ended.</summary>
public sealed record FixEntry
{
    public required PlannedFix Planned { get; init; }

    public required FixEntryStatus Status { get; init; }

    /// <summary>Why it ended so, when it did not simply apply.</summary>
    public string Message { get; init; } = "";

    /// <summary>What the engine did, when it ran.</summary>
    public FixRun? Run { get; init; }

    /// <summary>The checks the fix addresses, before and after it.</summary>
    public IReadOnlyList<CheckChange> Verification { get; init; } = [];
}

/// <summary>Everything a <c>wutk fix</c> did, for its output.</summary>
public sealed record FixCommandReport
{
    public required FixMachine Machine { get; init; }

    public bool DryRun { get; init; }

    /// <summary>The checks <c>--for</c> ran first.</summary>
    public IReadOnlyList<CheckOutcome> Checks { get; init; } = [];

    public IReadOnlyList<FixEntry> Fixes { get; init; } = [];

    /// <summary>Why nothing was proposed (no check failed, no fix addresses it), when so.</summary>
    public string Message { get; init; } = "";

    public int ExitCode { get; init; }
}
