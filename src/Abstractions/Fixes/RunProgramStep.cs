namespace WuToolkit.Abstractions.Fixes;

/// <summary>Runs a program with an argument list (never a shell string). Irreversible unless an undo program is
/// given; the host says so in the plan before it asks.</summary>
public sealed record RunProgramStep : FixStep
{
    /// <summary>Program path, such as <c>%SystemRoot%\System32\netsh.exe</c>.</summary>
    public required string Program { get; init; }

    /// <summary>Arguments, each passed as is.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Exit codes that mean success; any other fails the step (and rolls the plan back).</summary>
    public IReadOnlyList<int> SuccessExitCodes { get; init; } = [0];

    /// <summary>How long the program may run; <see langword="null"/> for the host's default (ten minutes). A program
    /// still running by then is stopped and fails the step.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether the program usually takes minutes (DISM, sfc, cleanup), so the host shows progress while it runs.</summary>
    public bool LongRunning { get; init; }

    /// <summary>A step that reverses this one, when there is such a thing.</summary>
    public RunProgramStep? Undo { get; init; }

    /// <inheritdoc />
    public override bool IsReversible => Undo is not null;

    internal override void BelongsToTheSdk()
    {
    }
}
