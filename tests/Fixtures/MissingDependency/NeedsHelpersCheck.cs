using WuToolkit.Abstractions.Checks;
using WuToolkit.Fixtures.VendorHelpers;

namespace WuToolkit.Fixtures.MissingDependency;

/// <summary>Cannot even be inspected without VendorHelpers.dll, because its base class lives there.</summary>
[ExportCheck("missingdependency.check", "Needs VendorHelpers.dll")]
public sealed class NeedsHelpersCheck : VendorCheck
{
    public override Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("helpers present"));
}
