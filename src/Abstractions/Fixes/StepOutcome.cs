namespace WuToolkit.Abstractions.Fixes;

/// <summary>What running or undoing one step did.</summary>
public sealed record StepOutcome
{
    /// <summary>Whether the step changed the PC, found nothing to change, or could not be done.</summary>
    public required StepStatus Status { get; init; }

    /// <summary>What happened, in a sentence for the plan's reader: why it failed, why there was nothing to do, where a
    /// folder went.</summary>
    public string Message { get; init; } = "";

    /// <summary>A program's exit code (<see cref="RunProgramStep"/>), or <see langword="null"/>.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The step changed the PC.</summary>
    public static StepOutcome Done(string message) => new() { Status = StepStatus.Done, Message = message };

    /// <summary>The PC was already as the step wanted it, or what it changes does not exist here.</summary>
    public static StepOutcome Unchanged(string message) => new() { Status = StepStatus.Unchanged, Message = message };

    /// <summary>The step could not be done; the PC is as it was.</summary>
    public static StepOutcome Failed(string message) => new() { Status = StepStatus.Failed, Message = message };
}
