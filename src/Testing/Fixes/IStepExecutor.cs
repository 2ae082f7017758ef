using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Testing.Fixes;

/// <summary>
/// Performs the steps of a <see cref="FixPlan"/> on a machine, as the host's fix engine drives it. The engine never
/// changes a PC itself: it asks an executor, which is the live PC, or a <see cref="Simulation.SimulatedPc"/> in tests.
/// <list type="number">
/// <item><see cref="PrepareAsync"/> reads what undoing the step will need (the service's state, the previous registry
/// data, where a folder will be moved to) before anything changes, so the engine can journal it first (write-ahead).</item>
/// <item><see cref="ExecuteAsync"/> performs the step as prepared.</item>
/// <item><see cref="UndoAsync"/> restores what the step changed, judging by the PC as it is now: after a crash nobody
/// knows whether the step ran, so undoing a step that never ran, or undoing twice, changes nothing.</item>
/// </list>
/// A step that cannot be done is an outcome (<see cref="StepStatus.Failed"/>), not an exception; cancellation (a step's
/// time is up, Ctrl+C) is an <see cref="OperationCanceledException"/>.
/// </summary>
/// <remarks>This interface belongs with the fix steps in the SDK once the host's fix engine uses it; its members and
/// types are shaped to move there unchanged.</remarks>
public interface IStepExecutor
{
    /// <summary>Reads, without changing anything, what running and undoing <paramref name="fixStep"/> needs.</summary>
    Task<PreparedStep> PrepareAsync(FixStep fixStep, CancellationToken cancellationToken);

    /// <summary>Performs a prepared step.</summary>
    Task<StepOutcome> ExecuteAsync(PreparedStep prepared, CancellationToken cancellationToken);

    /// <summary>Restores what a prepared step changed, if it changed anything.</summary>
    Task<StepOutcome> UndoAsync(PreparedStep prepared, CancellationToken cancellationToken);
}
