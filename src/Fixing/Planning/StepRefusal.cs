using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing.Planning;

/// <summary>A step of a plan that cannot be taken here, and why: the machine cannot perform its kind (a PC without
/// services), or the step is malformed.</summary>
public sealed record StepRefusal
{
    /// <summary>The step's place in the reviewed plan, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The step.</summary>
    public required FixStep Step { get; init; }

    /// <summary>Why it cannot be taken, in a sentence.</summary>
    public required string Reason { get; init; }
}
