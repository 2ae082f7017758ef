using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing.Engine;

/// <summary>What the engine is doing.</summary>
public enum FixPhase
{
    /// <summary>Running the plan's steps.</summary>
    Applying,

    /// <summary>Undoing the steps that ran, after a failure or a cancellation.</summary>
    RollingBack,

    /// <summary>Undoing a journal (<c>wutk undo</c>).</summary>
    Undoing,
}

/// <summary>A step starts or ends, for a progress line.</summary>
public sealed record FixProgress
{
    /// <summary>What the engine is doing.</summary>
    public required FixPhase Phase { get; init; }

    /// <summary>The step's place in the plan, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>How many steps the plan has.</summary>
    public required int Count { get; init; }

    /// <summary>The step.</summary>
    public required FixStep Step { get; init; }

    /// <summary>Whether the step has ended (otherwise it starts now).</summary>
    public bool Ended { get; init; }

    /// <summary>Whether the step usually takes minutes (a long program).</summary>
    public bool LongRunning => Step is RunProgramStep { LongRunning: true };
}
