using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ThrowingConstructor;

/// <summary>Fails while MEF creates it, before the host ever calls RunAsync.</summary>
[ExportCheck("throwingconstructor.broken", "A check whose constructor throws")]
public sealed class BrokenConstructorCheck : ICheck
{
    public BrokenConstructorCheck() => throw new InvalidOperationException("the vendor licence file is missing");

    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("never reached"));
}
