using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing.Engine;

/// <summary>How long the engine lets a step run before it gives up on it. A service step's own timeout is the
/// executor's to keep (it can say what holds the service); the engine waits a little longer as a last resort. A program
/// is stopped at its timeout.</summary>
public sealed record StepTimeouts
{
    /// <summary>A service step that names none.</summary>
    public TimeSpan Service { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A program step that names none.</summary>
    public TimeSpan Program { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Any other step, and reading what a step needs before it runs.</summary>
    public TimeSpan Other { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How much longer than a service step's timeout the engine waits for the executor to report.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The time <paramref name="step"/> (or its undo) may take.</summary>
    public TimeSpan For(FixStep step) => step switch
    {
        StopServiceStep stop => (stop.Timeout ?? Service) + Grace,
        StartServiceStep start => (start.Timeout ?? Service) + Grace,
        RunProgramStep run => run.Timeout ?? Program,
        _ => Other,
    };

    /// <summary>The time undoing <paramref name="step"/> may take: a program's undo keeps its own timeout.</summary>
    public TimeSpan ForUndo(FixStep step) => step is RunProgramStep { Undo: { } undo } ? For(undo) : For(step);
}
