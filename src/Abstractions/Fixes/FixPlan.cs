namespace WuToolkit.Abstractions.Fixes;

/// <summary>An ordered list of steps that the host executes, journals and, on failure, undoes in reverse order.</summary>
/// <param name="Steps">The steps in execution order.</param>
public sealed record FixPlan(IReadOnlyList<FixStep> Steps)
{
    /// <summary>A plan that does nothing.</summary>
    public static FixPlan Nothing { get; } = new([]);

    /// <summary>Whether any step cannot be undone (the host says so before asking to proceed).</summary>
    public bool HasIrreversibleSteps => Steps.Any(step => !step.IsReversible);
}
