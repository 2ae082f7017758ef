using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class ReservedPartitionCheckTests
{
    private const long MiB = 1024 * 1024;

    private static TestPc Pc(PartitionStyle style, params PartitionInfo[] partitions) =>
        CheckHarness.EmptyPc with { SystemDisk = new SystemDiskInfo { PartitionStyle = style, SizeBytes = 512 * TestPc.GB, Partitions = partitions } };

    private static PartitionInfo Efi(long? freeMiB, long sizeMiB = 100) =>
        new() { Number = 1, Role = PartitionRole.EfiSystem, SizeBytes = sizeMiB * MiB, FreeBytes = freeMiB is { } free ? free * MiB : null };

    private static readonly PartitionInfo Msr = new() { Number = 2, Role = PartitionRole.MicrosoftReserved, SizeBytes = 16 * MiB };
    private static readonly PartitionInfo Windows = new() { Number = 3, Role = PartitionRole.Windows, SizeBytes = 475 * TestPc.GB, FreeBytes = 200 * TestPc.GB, DriveLetter = "C" };
    private static readonly PartitionInfo Recovery = new() { Number = 4, Role = PartitionRole.Recovery, SizeBytes = 750 * MiB, FreeBytes = 90 * MiB };

    [Test]
    public async Task An_EFI_partition_with_room_passes()
    {
        var result = await CheckHarness.RunAsync(new ReservedPartitionCheck(), Pc(PartitionStyle.Gpt, Efi(70), Msr, Windows, Recovery));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("70 MB free on the EFI system partition"));
        Assert.That(result.Evidence("partition1.freeMB"), Is.EqualTo("70"));
        Assert.That(result.Evidence("partition1.role"), Is.EqualTo("EfiSystem"));
        Assert.That(result.Evidence("partitionStyle"), Is.EqualTo("GPT"));
    }

    [Test]
    public async Task Less_than_15_MB_free_fails_with_0x800F0922_and_the_advice()
    {
        var result = await CheckHarness.RunAsync(new ReservedPartitionCheck(), Pc(PartitionStyle.Gpt, Efi(9), Msr, Windows));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("Only 9 MB free").And.Contain("0x800F0922").And.Contain("We couldn't update the system reserved partition"));
        Assert.That(result.Evidence("minimumFreeMB"), Is.EqualTo("15"));
    }

    [Test]
    public async Task Little_to_spare_warns()
    {
        var result = await CheckHarness.RunAsync(new ReservedPartitionCheck(), Pc(PartitionStyle.Gpt, Efi(22), Msr, Windows));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("22 MB free"));
    }

    [Test]
    public async Task An_MBR_System_Reserved_partition_is_judged_the_same_way()
    {
        var reserved = new PartitionInfo { Number = 1, Role = PartitionRole.SystemReserved, SizeBytes = 100 * MiB, FreeBytes = 12 * MiB };
        var windows = Windows with { Number = 2 };

        var result = await CheckHarness.RunAsync(new ReservedPartitionCheck(), Pc(PartitionStyle.Mbr, reserved, windows));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("System Reserved partition"));
    }

    [Test]
    public async Task The_thresholds_come_from_settings()
    {
        var pc = Pc(PartitionStyle.Gpt, Efi(22), Msr, Windows);

        var strict = await CheckHarness.RunAsync(new ReservedPartitionCheck(), pc, ("upgrade.systemPartitionMinFreeMB", "25"));
        var lenient = await CheckHarness.RunAsync(new ReservedPartitionCheck(), pc, ("upgrade.systemPartitionWarnFreeMB", "20"));

        Assert.That(strict.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(lenient.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task No_separate_system_partition_passes()
    {
        var windows = Windows with { Number = 1 };

        var result = await CheckHarness.RunAsync(new ReservedPartitionCheck(), Pc(PartitionStyle.Mbr, windows));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("systemPartition"), Is.EqualTo("none"));
    }

    [Test]
    public async Task Free_space_that_could_not_be_read_is_skipped_not_guessed()
    {
        var result = await CheckHarness.RunAsync(new ReservedPartitionCheck(), Pc(PartitionStyle.Gpt, Efi(null), Msr, Windows));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Evidence("partition1.freeMB"), Is.EqualTo("unknown"));
    }

    [Test]
    public async Task A_healthy_variety_of_layouts_produces_no_failure()
    {
        // A 260 MB EFI partition (current Windows setup), a 100 MB one of an older OEM image, and an ARM64 laptop's 300 MB one.
        foreach (var efi in new[] { Efi(228, 260), Efi(68, 100), Efi(270, 300) })
        {
            var result = await CheckHarness.RunAsync(new ReservedPartitionCheck(), Pc(PartitionStyle.Gpt, efi, Msr, Windows, Recovery));
            Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass), result.Summary);
        }
    }

    [Test]
    public async Task A_snapshot_without_the_disk_layout_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ReservedPartitionCheck(), CheckHarness.EmptyPc));
    }
}
