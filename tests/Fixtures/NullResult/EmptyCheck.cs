using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.NullResult;

/// <summary>Returns null, as a careless plugin (or one built without nullable checks) can.</summary>
[ExportCheck("nullresult.empty", "A check that returns null")]
public sealed class EmptyCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult<CheckResult>(null!);
}
