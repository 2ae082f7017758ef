using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.HangingCheck;

/// <summary>Never finishes and ignores the cancellation token it is given, like a check stuck on a dead
/// network share: only the host's own timeout can end it.</summary>
[ExportCheck("hangingcheck.stuck", "A check that never finishes")]
public sealed class StuckCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None).ConfigureAwait(false);
        return CheckResult.Pass("never reached");
    }
}
