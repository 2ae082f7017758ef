namespace WuToolkit.Abstractions.Fixes;

/// <summary>An ordered list of steps that the host executes, journals and, on failure, undoes in reverse order.</summary>
public sealed record FixPlan
{
    /// <summary>A plan that does nothing.</summary>
    public static FixPlan Nothing { get; } = new();

    /// <summary>The steps in execution order.</summary>
    public IReadOnlyList<FixStep> Steps { get; init; } = [];

    /// <summary>Steps the fix would take on another PC but leaves out on this one, each with why (a policy setting on a
    /// managed PC, a troubleshooter this Windows no longer has), so the plan's reader knows what was not done.</summary>
    public IReadOnlyList<OmittedStep> Omitted { get; init; } = [];

    /// <summary>Advice the plan's reader should see before approving it, one sentence each (System Protection is off, so
    /// no restore point can be made; where to find a repair source).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Whether any step cannot be undone (the host says so before asking to proceed).</summary>
    public bool HasIrreversibleSteps => Steps.Any(step => !step.IsReversible);
}

/// <summary>A step a plan leaves out on this PC, and why.</summary>
public sealed record OmittedStep
{
    /// <summary>What the step would do, such as "Reset the update client's identity (SusClientId)".</summary>
    public required string Description { get; init; }

    /// <summary>Why it is left out here, such as "The PC gets updates from WSUS, whose settings wutk never changes".</summary>
    public required string Reason { get; init; }
}
