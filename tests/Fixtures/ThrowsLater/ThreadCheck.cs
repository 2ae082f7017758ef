using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ThrowsLater;

/// <summary>Starts a thread of its own that throws a moment later, while the check still works: an exception nobody
/// catches on such a thread ends the process, whichever thread the host is on.</summary>
[ExportCheck("throwslater.thread", "A check whose thread throws later")]
public sealed class ThreadCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var thread = new Thread(() =>
        {
            Thread.Sleep(300);
            throw new InvalidOperationException("the ThrowsLater fixture's thread gives up");
        })
        { IsBackground = true };
        thread.Start();
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        return CheckResult.Pass("the thread did not throw");
    }
}
