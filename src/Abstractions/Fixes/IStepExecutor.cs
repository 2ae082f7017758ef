
namespace WuToolkit.Abstractions.Fixes;

/// <summary>
/// Performs the steps of a <see cref="FixPlan"/> on a machine, as the host's fix engine drives it. The engine never
/// changes a PC itself: it asks the machine's executor (<see cref="Machine.IMachine.StepExecutor"/>): the live PC, or the
/// test kit's simulated PC in tests. A machine that cannot be changed (a snapshot) has none.
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
public interface IStepExecutor
{
    /// <summary>Reads, without changing anything, what running and undoing <paramref name="fixStep"/> needs.</summary>
    Task<PreparedStep> PrepareAsync(FixStep fixStep, CancellationToken cancellationToken);

    /// <summary>Performs a prepared step.</summary>
    Task<StepOutcome> ExecuteAsync(PreparedStep prepared, CancellationToken cancellationToken);

    /// <summary>Restores what a prepared step changed, if it changed anything.</summary>
    Task<StepOutcome> UndoAsync(PreparedStep prepared, CancellationToken cancellationToken);

    /// <summary>Why this machine cannot perform a kind of step at all (a PC without services cannot stop one), or
    /// <see langword="null"/> when it can. The engine asks for every step of a plan before it changes anything, so a
    /// plan this machine cannot finish is refused whole.</summary>
    string? ReasonCannotPerform(FixStep fixStep) => null;
}
