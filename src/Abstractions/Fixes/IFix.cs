namespace WuToolkit.Abstractions.Fixes;

/// <summary>
/// A repair. A fix never touches the PC itself: it looks at the machine and returns a <see cref="FixPlan"/>,
/// which the host shows (<c>--dry-run</c>), journals step by step, executes, verifies and rolls back on failure.
/// Declared with <see cref="ExportFixAttribute"/>.
/// </summary>
public interface IFix
{
    /// <summary>Plans the repair for this machine. An empty plan means there is nothing to do.</summary>
    Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken);
}
