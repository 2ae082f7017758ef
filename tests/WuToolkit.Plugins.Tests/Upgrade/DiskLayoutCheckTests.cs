using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class DiskLayoutCheckTests
{
    private static PartitionInfo Partition(int number, PartitionRole role) => new() { Number = number, Role = role, SizeBytes = 1_000_000_000 };

    private static TestPc Pc(PartitionStyle style, params PartitionRole[] roles) => CheckHarness.EmptyPc with
    {
        SystemDisk = new SystemDiskInfo
        {
            Model = "Samsung SSD 860 EVO 500GB",
            PartitionStyle = style,
            SizeBytes = 500_107_862_016,
            Partitions = roles.Select((role, index) => Partition(index + 1, role)).ToList(),
        },
    };

    [Test]
    public async Task A_GPT_disk_passes()
    {
        var result = await CheckHarness.RunAsync(new DiskLayoutCheck(), Pc(PartitionStyle.Gpt, PartitionRole.EfiSystem, PartitionRole.MicrosoftReserved, PartitionRole.Windows, PartitionRole.Recovery));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("partitionStyle"), Is.EqualTo("GPT"));
        Assert.That(result.Evidence("partitions"), Is.EqualTo("4"));
        Assert.That(result.Evidence("disk"), Is.EqualTo("Samsung SSD 860 EVO 500GB"));
    }

    [Test]
    public async Task An_MBR_disk_fails_with_the_MBR2GPT_conversion()
    {
        var result = await CheckHarness.RunAsync(new DiskLayoutCheck(), Pc(PartitionStyle.Mbr, PartitionRole.SystemReserved, PartitionRole.Windows));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("MBR2GPT").And.Contain("/convert").And.Contain("UEFI"));
        Assert.That(result.Evidence("partitionStyle"), Is.EqualTo("MBR"));
    }

    [Test]
    public async Task An_MBR_disk_with_four_partitions_fails_with_what_MBR2GPT_needs_first()
    {
        var result = await CheckHarness.RunAsync(new DiskLayoutCheck(), Pc(PartitionStyle.Mbr, PartitionRole.SystemReserved, PartitionRole.Windows, PartitionRole.Recovery, PartitionRole.Data));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("at most 3 partitions").And.Contain("this one has 4"));
    }

    [Test]
    public async Task An_unknown_partition_style_warns()
    {
        var result = await CheckHarness.RunAsync(new DiskLayoutCheck(), Pc(PartitionStyle.Unknown));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("partitionStyle"), Is.EqualTo("unknown"));
    }

    [Test]
    public async Task Windows_10_installs_on_MBR()
    {
        var result = await CheckHarness.RunAsync(new DiskLayoutCheck(), Pc(PartitionStyle.Mbr, PartitionRole.SystemReserved, PartitionRole.Windows), (UpgradeTargetSetting.Key, "windows10"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Windows 10").And.Contain("MBR"));
    }

    [Test]
    public async Task A_snapshot_without_the_system_disk_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new DiskLayoutCheck(), CheckHarness.EmptyPc));
    }
}
