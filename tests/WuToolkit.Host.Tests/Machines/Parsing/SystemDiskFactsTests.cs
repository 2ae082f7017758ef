using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>Storage Management API instances as Get-Disk, Get-Partition and Get-Volume show them on a UEFI laptop with
/// a second data disk, and on a legacy BIOS PC.</summary>
public class SystemDiskFactsTests
{
    private const string Esp = "{c12a7328-f81f-11d2-ba4b-00a0c93ec93b}";
    private const string Msr = "{e3c9e316-0b5c-4db8-817d-f92df00215ae}";
    private const string BasicData = "{ebd0a0a2-b9e5-4433-87c0-68b6b72699c7}";
    private const string Recovery = "{de94bba4-06d1-4d40-a16a-bfd50179d6ac}";

    private static CimRecord Disk(uint number, ushort style, ulong size, bool boot, bool system, string name) =>
        CimRecord.Of(("Number", number), ("FriendlyName", name), ("Model", name), ("PartitionStyle", style), ("Size", size), ("IsBoot", boot), ("IsSystem", system));

    private static CimRecord Partition(uint disk, uint number, ulong size, string? gpt = null, ushort? mbr = null, char letter = '\0', bool boot = false, bool system = false, string? volume = null) =>
        CimRecord.Of(("DiskNumber", disk), ("PartitionNumber", number), ("DriveLetter", letter), ("Size", size), ("GptType", gpt), ("MbrType", mbr), ("IsBoot", boot), ("IsSystem", system),
            ("AccessPaths", volume is null ? null : letter == '\0' ? new[] { volume } : new[] { $"{letter}:\\", volume }));

    private static CimRecord Volume(string path, ulong free, char letter = '\0') =>
        CimRecord.Of(("Path", path), ("DriveLetter", letter), ("SizeRemaining", free));

    private static readonly CimRecord[] LaptopDisks =
    [
        Disk(1, 2, 2_000_398_934_016, boot: false, system: false, "WDC WD20EZAZ-00GGJB0"),
        Disk(0, 2, 512_110_190_592, boot: true, system: true, "Samsung SSD 970 EVO Plus 500GB"),
    ];

    private static readonly CimRecord[] LaptopPartitions =
    [
        Partition(0, 4, 681_574_400, gpt: Recovery, volume: @"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000004}\"),
        Partition(0, 1, 104_857_600, gpt: Esp, system: true, volume: @"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000001}\"),
        Partition(0, 2, 16_777_216, gpt: Msr),
        Partition(0, 3, 511_305_236_480, gpt: BasicData, letter: 'C', boot: true, volume: @"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000003}\"),
        Partition(1, 1, 2_000_396_836_864, gpt: BasicData, letter: 'D', volume: @"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000011}\"),
    ];

    private static readonly CimRecord[] LaptopVolumes =
    [
        Volume(@"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000001}\", 71_303_168),
        Volume(@"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000003}\", 38_654_705_664, 'C'),
        Volume(@"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000004}\", 98_566_144),
        Volume(@"\\?\Volume{a1b2c3d4-0000-0000-0000-000000000011}\", 1_500_000_000_000, 'D'),
    ];

    [Test]
    public void The_uefi_laptops_system_disk_is_gpt_with_its_four_partitions_in_order()
    {
        var disk = SystemDiskFacts.Read(LaptopDisks, LaptopPartitions, LaptopVolumes)!;

        Assert.That((disk.Model, disk.PartitionStyle, disk.SizeBytes), Is.EqualTo(("Samsung SSD 970 EVO Plus 500GB", PartitionStyle.Gpt, 512_110_190_592L)));
        Assert.That(disk.Partitions.Select(p => (p.Number, p.Role)), Is.EqualTo(new[]
        {
            (1, PartitionRole.EfiSystem), (2, PartitionRole.MicrosoftReserved), (3, PartitionRole.Windows), (4, PartitionRole.Recovery),
        }));
    }

    [Test]
    public void Each_partition_has_the_free_space_of_its_volume_and_none_without_one()
    {
        var partitions = SystemDiskFacts.Read(LaptopDisks, LaptopPartitions, LaptopVolumes)!.Partitions;

        Assert.That(partitions.Select(p => p.FreeBytes), Is.EqualTo(new long?[] { 71_303_168, null, 38_654_705_664, 98_566_144 }));
        Assert.That(partitions.Select(p => p.DriveLetter), Is.EqualTo(new string?[] { null, null, "C", null }));
    }

    [Test]
    public void A_legacy_bios_pc_has_system_reserved_windows_and_recovery_on_mbr()
    {
        CimRecord[] disks = [Disk(0, 1, 256_060_514_304, boot: true, system: true, "ST500LM012 HN-M500MBB")];
        CimRecord[] partitions =
        [
            Partition(0, 1, 524_288_000, mbr: 7, system: true, volume: @"\\?\Volume{0f0e0d0c-0000-0000-0000-100000000000}\"),
            Partition(0, 2, 254_966_267_904, mbr: 7, letter: 'C', boot: true),
            Partition(0, 3, 568_328_192, mbr: 0x27, volume: @"\\?\Volume{0f0e0d0c-0000-0000-0000-300000000000}\"),
        ];
        CimRecord[] volumes =
        [
            Volume(@"\\?\Volume{0f0e0d0c-0000-0000-0000-100000000000}\", 28_311_552),
            Volume(@"\\?\Volume{0f0e0d0c-0000-0000-0000-200000000000}\", 12_884_901_888, 'C'),
        ];

        var disk = SystemDiskFacts.Read(disks, partitions, volumes)!;

        Assert.That(disk.PartitionStyle, Is.EqualTo(PartitionStyle.Mbr));
        Assert.That(disk.Partitions.Select(p => (p.Role, p.FreeBytes)), Is.EqualTo(new[]
        {
            (PartitionRole.SystemReserved, (long?)28_311_552), (PartitionRole.Windows, 12_884_901_888), (PartitionRole.Recovery, null),
        }), "C: has no access path here: its volume is found by its letter");
    }

    [TestCase("{C12A7328-F81F-11D2-BA4B-00A0C93EC93B}", null, false, true, PartitionRole.EfiSystem)]
    [TestCase("de94bba4-06d1-4d40-a16a-bfd50179d6ac", null, false, false, PartitionRole.Recovery)]
    [TestCase("{ebd0a0a2-b9e5-4433-87c0-68b6b72699c7}", null, false, false, PartitionRole.Data)]
    [TestCase("{af9b60a0-1431-4f62-bc68-3311714a69ad}", null, false, false, PartitionRole.Data)]
    [TestCase(null, 0xEFL, false, true, PartitionRole.EfiSystem)]
    [TestCase(null, 0x0CL, false, false, PartitionRole.Data)]
    [TestCase(null, 0x07L, false, false, PartitionRole.Data)]
    [TestCase("", 0x07L, true, false, PartitionRole.Windows)]
    public void A_partitions_role_comes_from_its_type(string? gpt, long? mbr, bool boot, bool system, PartitionRole role) =>
        Assert.That(SystemDiskFacts.Role(gpt, mbr, boot, system), Is.EqualTo(role));

    [Test]
    public void Without_a_disk_marked_boot_or_system_there_is_no_answer()
    {
        Assert.That(SystemDiskFacts.Read([Disk(0, 2, 1, boot: false, system: false, "USB")], [], []), Is.Null);
        Assert.That(SystemDiskFacts.Read([], [], []), Is.Null);
    }

    [Test]
    public void A_disk_that_only_holds_the_system_partition_is_taken_when_no_disk_holds_windows()
    {
        var disk = SystemDiskFacts.Read([Disk(2, 0, 1_000, boot: false, system: true, "Raw")], [], [])!;

        Assert.That((disk.Model, disk.PartitionStyle, disk.Partitions.Count), Is.EqualTo(("Raw", PartitionStyle.Unknown, 0)));
    }
}
