using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.WrongSdkMajor;

/// <summary>A perfectly good check; only the SDK version it was compiled against is wrong.</summary>
[ExportCheck("wrongsdkmajor.check", "Built for the next major version")]
public sealed class FromTheFutureCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("should never run in a 1.x host"));
}
