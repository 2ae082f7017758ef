using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ReleasedSdk;

/// <summary>A check as SDK 1.0 declared one: no description, no deep flag.</summary>
[ExportCheck("releasedsdk.check", "Built against SDK 1.0", Tags = ["released"])]
public sealed class OldCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("built against SDK 1.0 and still runs"));
}
