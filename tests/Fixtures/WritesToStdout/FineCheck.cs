using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.WritesToStdout;

/// <summary>A well-behaved neighbour: it must still pass whatever its sibling does.</summary>
[ExportCheck("writestostdout.fine", "A check that passes")]
public sealed class FineCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("all good"));
}
