using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class StorageCheckTests
{
    private const long GiB = 1024L * 1024 * 1024;

    private static SystemDiskInfo Disk(long sizeBytes) =>
        new() { Model = "SanDisk DA4064", PartitionStyle = PartitionStyle.Gpt, SizeBytes = sizeBytes };

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
    public async Task The_disk_size_decides_when_the_machine_knows_it()
    {
        // A 64 GB eMMC whose Windows partition is only 58 GB: the requirement is about the storage device.
        var pc = Pc(58_000_000_000) with { SystemDisk = Disk(64_000_000_000) };
        var result = await CheckHarness.RunAsync(new StorageCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("system disk"));
        Assert.That(result.Evidence("diskGB"), Is.EqualTo("64.0"));
        Assert.That(result.Evidence("disk"), Is.EqualTo("SanDisk DA4064"));
    }

    [Test]
    public async Task A_32_GB_disk_fails_for_Windows_11_and_passes_for_Windows_10()
    {
        var pc = Pc(31_000_000_000) with { SystemDisk = Disk(32_017_047_552) };

        var windows11 = await CheckHarness.RunAsync(new StorageCheck(), pc);
        var windows10 = await CheckHarness.RunAsync(new StorageCheck(), pc, (UpgradeTargetSetting.Key, "windows10"));

        Assert.That(windows11.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(windows11.Summary, Does.Contain("32.0 GB").And.Contain("64 GB"));
        Assert.That(windows10.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(windows10.Evidence("minimumGB"), Is.EqualTo("32"));
    }

    [Test]
    public async Task The_disk_alone_is_enough_when_the_volume_was_not_recorded()
    {
        var result = await CheckHarness.RunAsync(new StorageCheck(), CheckHarness.EmptyPc with { SystemDisk = Disk(512_110_190_592) });
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_snapshot_without_the_volume_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new StorageCheck(), CheckHarness.EmptyPc));
    }
}
