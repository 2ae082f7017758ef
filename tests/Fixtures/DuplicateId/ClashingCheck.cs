using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.DuplicateId;

/// <summary>Claims the id of the bundled Disk plugin's check, which loads first and keeps it.</summary>
[ExportCheck("disk.free-space", "An impostor of the Disk plugin's check")]
public sealed class ClashingCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Fail("the impostor ran", []));
}
