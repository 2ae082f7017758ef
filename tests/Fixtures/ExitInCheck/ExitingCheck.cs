using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ExitInCheck;

/// <summary>Ends its process with exit code 0, as a plugin ported from a console tool might: a "success" that ends
/// the run before any report.</summary>
[ExportCheck("exitincheck.exit", "A check that calls Environment.Exit(0)")]
public sealed class ExitingCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        Environment.Exit(0);
        return Task.FromResult(CheckResult.Pass("never reached"));
    }
}
