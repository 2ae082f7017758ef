using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;

namespace WutkPlugin._1.Tests;

/// <summary>The sample check on PCs described in code: nothing here touches this PC.</summary>
public class FreeSpaceCheckTests
{
    private static TestPc WithFreeSpace(long gigabytes) => TestPc.Empty with
    {
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 256 * TestPc.GB, FreeBytes = gigabytes * TestPc.GB },
    };

    [Test]
    public async Task Enough_free_space_passes()
    {
        var result = await CheckTester.RunAsync(new FreeSpaceCheck(), WithFreeSpace(50));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.HasEvidence(result, "freeGB", "50.0");
    }

    [Test]
    public async Task Too_little_free_space_warns_and_says_how_much_there_is()
    {
        var result = await CheckTester.RunAsync(new FreeSpaceCheck(), WithFreeSpace(4));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "4.0 GB");
        ResultAssert.HasEvidence(result, "minimumGB", "10.0");
    }

    [Test]
    public async Task The_minimum_is_a_setting()
    {
        var result = await CheckTester.RunAsync(new FreeSpaceCheck(), WithFreeSpace(50), (PluginSettings.MinimumFreeGB.Key, "60"));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
    }

    [Test]
    public async Task A_minimum_out_of_range_is_refused()
    {
        var ex = await Assert.ThrowsAsync<InvalidSettingException>(() =>
            CheckTester.RunAsync(new FreeSpaceCheck(), WithFreeSpace(50), (PluginSettings.MinimumFreeGB.Key, "-1")));

        Assert.That(ex!.Key, Is.EqualTo(PluginSettings.MinimumFreeGB.Key));
    }

    [Test]
    public async Task A_pc_that_did_not_record_its_volume_leaves_the_check_to_wutk_to_skip()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckTester.RunAsync(new FreeSpaceCheck(), TestPc.Empty));
    }
}
