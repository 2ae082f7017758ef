using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ExportsNothing;

/// <summary>Implements the contract but lacks [ExportCheck]: the DLL references the SDK, so it is a plugin,
/// yet MEF finds nothing in it.</summary>
public sealed class ForgotTheAttributeCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("never found"));
}
