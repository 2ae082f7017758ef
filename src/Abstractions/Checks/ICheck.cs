namespace WuToolkit.Abstractions.Checks;

/// <summary>
/// A diagnostic that asks the machine questions and returns a verdict. Implementations are MEF parts
/// declared with <see cref="ExportCheckAttribute"/>; they never touch the PC themselves (no <c>System.IO</c>,
/// processes, WMI or registry calls) but ask <see cref="CheckContext.Machine"/>, so that the same check runs
/// on a live PC, a snapshot and a simulated machine.
/// </summary>
public interface ICheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="context">The machine to ask, settings and a logger.</param>
    /// <param name="cancellationToken">Cancelled when the run is cancelled or the check's time is up.</param>
    /// <returns>The finding. A question the machine cannot answer may simply be left to throw
    /// <see cref="Machine.QuestionUnansweredException"/>: the host reports the check as Skipped with that reason.</returns>
    Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken);
}
