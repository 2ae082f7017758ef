using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.NewerSdkMinor;

/// <summary>A good check; only the SDK version it records is newer than any host here.</summary>
[ExportCheck("newersdkminor.check", "Built for a later 1.x")]
public sealed class NeedsNewerSdkCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("should never run in an older host"));
}
