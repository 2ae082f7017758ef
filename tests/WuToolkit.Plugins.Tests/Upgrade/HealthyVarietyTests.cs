using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

/// <summary>Healthy PCs in their normal variety pass every requirement: an ARM64 Snapdragon laptop on Windows 10
/// Home, a Ryzen desktop on Windows 11 moving to a newer release (still judged by Windows 11's rules) with a remote
/// display beside its graphics card, and an Intel office PC.</summary>
public class HealthyVarietyTests
{
    private const long GiB = 1024L * 1024 * 1024;

    private static readonly ICheck[] Checks = [new ProcessorCheck(), new GraphicsCheck(), new FirmwareCheck(), new DiskLayoutCheck(), new MemoryCheck(), new StorageCheck()];

    private static readonly FirmwareInfo Uefi = new() { Type = FirmwareType.Uefi, SecureBootEnabled = true, SecureBootCapable = true, TpmSpecVersion = "2.0, 0, 1.38" };

    private static SystemDiskInfo GptDisk(string model, long size) => new()
    {
        Model = model,
        PartitionStyle = PartitionStyle.Gpt,
        SizeBytes = size,
        Partitions =
        [
            new() { Number = 1, Role = PartitionRole.EfiSystem, SizeBytes = 100 * 1024 * 1024 },
            new() { Number = 2, Role = PartitionRole.MicrosoftReserved, SizeBytes = 16 * 1024 * 1024 },
            new() { Number = 3, Role = PartitionRole.Windows, SizeBytes = size - (1 * GiB), DriveLetter = "C" },
            new() { Number = 4, Role = PartitionRole.Recovery, SizeBytes = 700 * 1024 * 1024 },
        ],
    };

    private static TestPc SnapdragonHomeLaptop => CheckHarness.EmptyPc with
    {
        Os = new OsInfo { ProductName = "Windows 10 Home", Version = "10.0.19045", Build = 19045, Architecture = "arm64", DisplayVersion = "22H2" },
        Hardware = new HardwareInfo { MemoryBytes = 4 * GiB, ProcessorName = "Snapdragon (TM) 7c Gen 2 @ 2.55 GHz", LogicalProcessors = 8, Architecture = "arm64" },
        Processor = new ProcessorInfo { Name = "Snapdragon (TM) 7c Gen 2 @ 2.55 GHz", Manufacturer = "Qualcomm Technologies Inc", Architecture = "arm64", Cores = 8, LogicalProcessors = 8, MaxClockMHz = 2550 },
        DisplayAdapters = [new() { Name = "Qualcomm(R) Adreno(TM) 618 GPU", DriverModel = "2.7", DriverVersion = "27.20.1640.0" }],
        Firmware = Uefi,
        SystemDisk = GptDisk("SAMSUNG KM5V8001DM-B622", 127_758_499_840),
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 126_500_000_000, FreeBytes = 68_000_000_000 },
    };

    private static TestPc RyzenDesktopOnWindows11 => CheckHarness.EmptyPc with
    {
        Os = new OsInfo { ProductName = "Windows 11 Pro", Version = "10.0.22631", Build = 22631, Architecture = "x64", DisplayVersion = "23H2" },
        Hardware = new HardwareInfo { MemoryBytes = 32 * GiB, ProcessorName = "AMD Ryzen 5 3600 6-Core Processor", LogicalProcessors = 12, Architecture = "x64" },
        Processor = new ProcessorInfo
        {
            Name = "AMD Ryzen 5 3600 6-Core Processor             ",
            Manufacturer = "AuthenticAMD",
            Architecture = "x64",
            Family = 23,
            Model = 113,
            Stepping = 0,
            Cores = 6,
            LogicalProcessors = 12,
            MaxClockMHz = 3600,
            Features = ["sse2", "sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "cx16", "lahf", "prefetchw", "nx", "avx2"],
        },
        DisplayAdapters =
        [
            new() { Name = "Microsoft Remote Display Adapter", DriverModel = "1.3" },
            new() { Name = "NVIDIA GeForce RTX 3060", DriverModel = "3.1", DriverVersion = "32.0.15.6094" },
        ],
        Firmware = Uefi with { TpmSpecVersion = "2.0" },
        SystemDisk = GptDisk("WD Blue SN570 1TB", 1_000_204_886_016),
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 999_000_000_000, FreeBytes = 400_000_000_000 },
    };

    private static TestPc IntelOfficePc => CheckHarness.EmptyPc with
    {
        Os = new OsInfo { ProductName = "Windows 10 Pro", Version = "10.0.19045", Build = 19045, Architecture = "x64", DisplayVersion = "22H2" },
        Hardware = new HardwareInfo { MemoryBytes = 16 * GiB, ProcessorName = "Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz", LogicalProcessors = 12, Architecture = "x64" },
        Processor = new ProcessorInfo
        {
            Name = "Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz",
            Manufacturer = "GenuineIntel",
            Architecture = "x64",
            Family = 6,
            Model = 165,
            Stepping = 3,
            Cores = 6,
            LogicalProcessors = 12,
            MaxClockMHz = 2904,
            Features = ["sse4.2", "popcnt", "cx16", "lahf", "prefetchw", "nx"],
        },
        DisplayAdapters = [new() { Name = "Intel(R) UHD Graphics 630", DriverModel = "3.0", DriverVersion = "31.0.101.2125" }],
        Firmware = Uefi with { SecureBootCapable = null },
        SystemDisk = GptDisk("KINGSTON SA400S37480G", 480_103_981_056),
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 479_000_000_000, FreeBytes = 200_000_000_000 },
    };

    private static IEnumerable<TestCaseData> HealthyPcs()
    {
        yield return new TestCaseData(SnapdragonHomeLaptop).SetArgDisplayNames("Snapdragon 7c Gen 2, Windows 10 Home, 4 GB");
        yield return new TestCaseData(RyzenDesktopOnWindows11).SetArgDisplayNames("Ryzen 5 3600 on Windows 11 23H2 with a remote display");
        yield return new TestCaseData(IntelOfficePc).SetArgDisplayNames("Core i5-10400 office PC");
    }

    [TestCaseSource(nameof(HealthyPcs))]
    public async Task Every_requirement_passes_for_Windows_11(TestPc pc)
    {
        foreach (var check in Checks)
        {
            var result = await CheckHarness.RunAsync(check, pc);
            Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass), $"{check.GetType().Name}: {result.Summary}");
        }
    }

    [TestCaseSource(nameof(HealthyPcs))]
    public async Task Every_requirement_passes_for_Windows_10(TestPc pc)
    {
        foreach (var check in Checks)
        {
            var result = await CheckHarness.RunAsync(check, pc, (UpgradeTargetSetting.Key, "windows10"));
            Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass), $"{check.GetType().Name}: {result.Summary}");
        }
    }
}
