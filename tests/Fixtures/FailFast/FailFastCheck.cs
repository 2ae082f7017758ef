using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.FailFast;

/// <summary>Ends its process on the spot, as a plugin that meets a state it thinks fatal may: no exception, no
/// finally, no chance for the host to write anything.</summary>
[ExportCheck("failfast.boom", "A check that calls Environment.FailFast")]
public sealed class FailFastCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        Environment.FailFast("the FailFast fixture ends its process");
        return Task.FromResult(CheckResult.Pass("never reached"));
    }
}
