using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ThrowsLater;

/// <summary>A well-behaved neighbour: it must still pass whatever its sibling does.</summary>
[ExportCheck("throwslater.fine", "A check that passes")]
public sealed class FineCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("all good"));
}
