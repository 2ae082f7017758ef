using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ThrowingCheck;

/// <summary>Created fine, then throws from RunAsync.</summary>
[ExportCheck("throwingcheck.broken", "A check that throws")]
public sealed class BrokenCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the vendor registry key vanished");
}
