using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Fixes;

/// <summary>A fix planned for one machine: its plan as the engine will run it, or why it could not be planned.</summary>
public sealed record PlannedFix
{
    public required FixDescriptor Fix { get; init; }

    /// <summary>The reviewed plan; <see langword="null"/> when planning failed (<see cref="Problem"/>).</summary>
    public PlanReview? Review { get; init; }

    /// <summary>Why the fix could not be planned (it threw, timed out, or could not be created).</summary>
    public string? Problem { get; init; }

    public FixPlan Plan => Review?.Plan ?? FixPlan.Nothing;
}
