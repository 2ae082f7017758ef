using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.VendorHelpers;

/// <summary>A base class for a vendor's checks. Deriving from it makes the plugin's exported types unloadable
/// without this DLL, which is the point: the host finds out while composing, not while running.</summary>
public abstract class VendorCheck : ICheck
{
    public abstract Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken);
}
