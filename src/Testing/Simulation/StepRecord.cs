using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Testing.Simulation;

/// <summary>One step a <see cref="SimulatedPc"/> was asked to run or undo, and how it ended.</summary>
public sealed record StepRecord
{
    /// <summary>The operation's number, from 1, counting every step run or undone (what <see cref="Fault.FailsAt"/> and
    /// <see cref="Fault.CrashesAfter"/> count).</summary>
    public required int Number { get; init; }

    /// <summary>The step.</summary>
    public required FixStep Step { get; init; }

    /// <summary>Whether the step was undone rather than run.</summary>
    public bool IsUndo { get; init; }

    /// <summary>What it did.</summary>
    public required StepOutcome Outcome { get; init; }
}
