using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.InvalidId;

/// <summary>An id with a space and capitals, which no selector could name reliably.</summary>
[ExportCheck("Bad Id", "A check with an invalid id")]
public sealed class BadIdCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("never listed"));
}
