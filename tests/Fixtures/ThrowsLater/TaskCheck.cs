using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ThrowsLater;

/// <summary>Starts a task nobody waits for, which throws: unlike a thread's, a task's exception ends nothing (it is
/// only reported, if at all, when the task is collected), so this check passes even in wutk's own process.</summary>
[ExportCheck("throwslater.task", "A check whose forgotten task throws")]
public sealed class TaskCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
            throw new InvalidOperationException("the ThrowsLater fixture's task gives up");
        }, CancellationToken.None);
        return Task.FromResult(CheckResult.Pass("started a task that throws"));
    }
}
