using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class StorageCheckTests
{
    private const long GiB = 1024L * 1024 * 1024;

    private static TestPc Pc(long totalBytes) =>
        CheckHarness.EmptyPc with { SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = totalBytes, FreeBytes = totalBytes / 3 } };

    [Test]
    public async Task A_256_GB_drive_passes()
    {
        var result = await CheckHarness.RunAsync(new StorageCheck(), Pc(237 * GiB));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("totalGB"), Is.EqualTo("254.5"));
        Assert.That(result.Evidence("minimumGB"), Is.EqualTo("64"));
    }

    [Test]
    public async Task A_drive_of_64_vendor_GB_passes_although_Windows_shows_59_6_GB()
    {
        var result = await CheckHarness.RunAsync(new StorageCheck(), Pc(64_000_000_000));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_32_GB_eMMC_fails()
    {
        var result = await CheckHarness.RunAsync(new StorageCheck(), Pc(29_118_369_792));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("29.1 GB").And.Contain("64 GB"));
        Assert.That(result.Evidence("volume"), Is.EqualTo(@"C:\"));
    }

    [Test]
    public async Task A_snapshot_without_the_volume_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new StorageCheck(), CheckHarness.EmptyPc));
    }
}
