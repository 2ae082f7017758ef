using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Engine;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Testing;

/// <summary>What <see cref="FixTester.ProveSafeAsync(IFix, TestPc, SafetyOptions?)"/> found, for the test to assert further:
/// the state the fix reaches, and the PC it reached it on (to run the checks the fix addresses against it).</summary>
public sealed record SafetyProof
{
    /// <summary>The plan as the engine ran it (with what a managed PC must keep left out).</summary>
    public required FixPlan Plan { get; init; }

    /// <summary>The PC's state before the fix.</summary>
    public required SimulatedState Before { get; init; }

    /// <summary>The PC's state once the fix was applied.</summary>
    public required SimulatedState After { get; init; }

    /// <summary>The PC the fix was applied to, as the fix left it: ask it questions or run checks on it.</summary>
    public required SimulatedPc AppliedPc { get; init; }

    /// <summary>What the engine reported for the application.</summary>
    public required FixRun Applied { get; init; }

    /// <summary>How many operations the application took (each failed and each crashed in turn by the battery).</summary>
    public required int Operations { get; init; }

    /// <summary>The PC's state after a second application on a PC where Windows rebuilt what the first moved aside.</summary>
    public required SimulatedState AfterSecondApply { get; init; }

    /// <summary>The order problems the plan has (<see cref="Fixing.Planning.ServiceOrder"/>): not failures of the battery,
    /// which runs the plan as it is, but what a test may assert is empty.</summary>
    public required IReadOnlyList<string> OrderProblems { get; init; }
}
