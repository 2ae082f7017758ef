namespace WuToolkit.Abstractions.Fixes;

/// <summary>An ordered list of steps that the host executes, journals and, on failure, undoes in reverse order.</summary>
public sealed record FixPlan
{
    /// <summary>A plan that does nothing.</summary>
    public static FixPlan Nothing { get; } = new();

    /// <summary>The steps in execution order.</summary>
    public IReadOnlyList<FixStep> Steps { get; init; } = [];

    /// <summary>Whether any step cannot be undone (the host says so before asking to proceed).</summary>
    public bool HasIrreversibleSteps => Steps.Any(step => !step.IsReversible);
}
