using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing.Planning;

/// <summary>
/// A fix's plan as the engine will run it on one machine: the steps a managed PC must not take moved to
/// <see cref="FixPlan.Omitted"/>, and whatever stops the plan from being applied here. The engine applies a plan only when
/// <see cref="CanApply"/>; it asks before anything changes, so a plan this machine cannot finish is refused whole.
/// </summary>
public sealed record PlanReview
{
    /// <summary>The plan to show and to run: the fix's plan less the steps left out here.</summary>
    public required FixPlan Plan { get; init; }

    /// <summary>Whether the machine can be changed at all (a snapshot cannot).</summary>
    public bool MachineCanChange { get; init; } = true;

    /// <summary>Steps that cannot be taken here, each with why.</summary>
    public IReadOnlyList<StepRefusal> Refusals { get; init; } = [];

    /// <summary>Whether every step can be taken on this machine.</summary>
    public bool CanApply => MachineCanChange && Refusals.Count == 0;

    /// <summary>The steps the engine left out because the PC is managed (also in <see cref="FixPlan.Omitted"/>).</summary>
    public IReadOnlyList<OmittedStep> OmittedForManagement { get; init; } = [];
}
