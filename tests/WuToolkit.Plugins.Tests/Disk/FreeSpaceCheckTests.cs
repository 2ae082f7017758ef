using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Disk;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Disk;

public class FreeSpaceCheckTests
{
    private const long GB = 1024L * 1024 * 1024;

    private static TestPc PcWithFree(double freeGB) => CheckHarness.EmptyPc with
    {
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 237 * GB, FreeBytes = (long)(freeGB * GB) },
    };

    [Test]
    public async Task Plenty_of_space_passes_for_updates_and_upgrades()
    {
        var pc = PcWithFree(80);
        Assert.That((await CheckHarness.RunAsync(new FreeSpaceCheck(), pc)).Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That((await CheckHarness.RunAsync(new UpgradeSpaceCheck(), pc)).Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Twenty_GB_is_enough_for_an_update_but_fails_an_upgrade()
    {
        var pc = PcWithFree(20);
        var update = await CheckHarness.RunAsync(new FreeSpaceCheck(), pc);
        var upgrade = await CheckHarness.RunAsync(new UpgradeSpaceCheck(), pc);

        Assert.That(update.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(upgrade.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(upgrade.Evidence("freeGB"), Is.EqualTo("20.0"));
        Assert.That(upgrade.Evidence("minimumGB"), Is.EqualTo("35.0"));
        Assert.That(upgrade.Summary, Does.Contain("35"));
        Assert.That(upgrade.FixIds, Does.Contain("disk.cleanup"));
    }

    [Test]
    public async Task Just_above_the_minimum_warns()
    {
        var result = await CheckHarness.RunAsync(new FreeSpaceCheck(), PcWithFree(11));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task The_threshold_comes_from_settings()
    {
        var result = await CheckHarness.RunAsync(new UpgradeSpaceCheck(), PcWithFree(30), ("disk.upgradeFreeGB", "25"));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("minimumGB"), Is.EqualTo("25.0"));
    }

    [Test]
    public async Task A_threshold_that_is_not_a_number_is_a_clear_error()
    {
        var ex = await Assert.ThrowsAsync<InvalidSettingException>(() =>
            CheckHarness.RunAsync(new UpgradeSpaceCheck(), PcWithFree(30), ("disk.upgradeFreeGB", "lots")));
        Assert.That(ex!.Key, Is.EqualTo("disk.upgradeFreeGB"));
    }

    [Test]
    public async Task A_snapshot_without_the_volume_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new FreeSpaceCheck(), CheckHarness.EmptyPc));
    }
}
