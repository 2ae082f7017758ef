namespace WuToolkit.Testing.Simulation;

/// <summary>A program a <see cref="SimulatedPc"/> ran for a <see cref="Abstractions.Fixes.RunProgramStep"/> (or its undo).</summary>
public sealed record ProgramRun
{
    /// <summary>The program as the step names it.</summary>
    public required string Program { get; init; }

    /// <summary>Its arguments.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Its exit code, or <see langword="null"/> when it hung and was cancelled.</summary>
    public int? ExitCode { get; init; }
}
