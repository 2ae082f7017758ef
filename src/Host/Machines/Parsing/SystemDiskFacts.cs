using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// The disk Windows boots from, from the Storage Management API (WMI root\Microsoft\Windows\Storage): MSFT_Disk
/// (<c>Number</c>, <c>FriendlyName</c>, <c>PartitionStyle</c>, <c>Size</c>, <c>IsBoot</c>, <c>IsSystem</c>),
/// MSFT_Partition (<c>DiskNumber</c>, <c>PartitionNumber</c>, <c>DriveLetter</c>, <c>Size</c>, <c>GptType</c>,
/// <c>MbrType</c>, <c>IsBoot</c>, <c>IsSystem</c>, <c>AccessPaths</c>) and MSFT_Volume (<c>Path</c>,
/// <c>DriveLetter</c>, <c>SizeRemaining</c>). In Storage's words the "boot" partition is the one Windows runs from
/// and the "system" partition the one the firmware starts (the EFI system partition, or System Reserved on MBR).
/// </summary>
public static class SystemDiskFacts
{
    private const string EfiSystemGpt = "c12a7328-f81f-11d2-ba4b-00a0c93ec93b";
    private const string MicrosoftReservedGpt = "e3c9e316-0b5c-4db8-817d-f92df00215ae";
    private const string RecoveryGpt = "de94bba4-06d1-4d40-a16a-bfd50179d6ac";
    private const int RecoveryMbr = 0x27;
    private const int EfiSystemMbr = 0xEF;

    /// <summary>What a partition is for, from its type (a GPT type GUID, braces or not, or an MBR type byte) and
    /// whether Windows runs from it (<paramref name="isBoot"/>) or the firmware starts from it (<paramref name="isSystem"/>).</summary>
    public static PartitionRole Role(string? gptType, long? mbrType, bool isBoot, bool isSystem)
    {
        var gpt = gptType?.Trim().Trim('{', '}');
        if (!string.IsNullOrEmpty(gpt))
        {
            return gpt.ToLowerInvariant() switch
            {
                EfiSystemGpt => PartitionRole.EfiSystem,
                MicrosoftReservedGpt => PartitionRole.MicrosoftReserved,
                RecoveryGpt => PartitionRole.Recovery,
                _ => isBoot ? PartitionRole.Windows : PartitionRole.Data,
            };
        }

        return mbrType switch
        {
            RecoveryMbr => PartitionRole.Recovery,
            EfiSystemMbr => PartitionRole.EfiSystem,
            _ when isBoot => PartitionRole.Windows,
            _ when isSystem => PartitionRole.SystemReserved,
            _ => PartitionRole.Data,
        };
    }

    /// <summary>MSFT_Disk.PartitionStyle: 1 MBR, 2 GPT, anything else not initialised.</summary>
    public static PartitionStyle Style(long? partitionStyle) => partitionStyle switch
    {
        1 => PartitionStyle.Mbr,
        2 => PartitionStyle.Gpt,
        _ => PartitionStyle.Unknown,
    };

    /// <summary>The disk Windows boots from and its partitions in disk order, or <see langword="null"/> when no disk is
    /// marked as holding Windows or the system partition.</summary>
    public static SystemDiskInfo? Read(IReadOnlyList<CimRecord> disks, IReadOnlyList<CimRecord> partitions, IReadOnlyList<CimRecord> volumes)
    {
        ArgumentNullException.ThrowIfNull(disks);
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(volumes);
        var disk = disks.FirstOrDefault(d => d.Flag("IsBoot") == true && d.Flag("IsSystem") == true)
            ?? disks.FirstOrDefault(d => d.Flag("IsBoot") == true)
            ?? disks.FirstOrDefault(d => d.Flag("IsSystem") == true);
        if (disk is null)
        {
            return null;
        }

        var number = disk.Number("Number");
        return new SystemDiskInfo
        {
            Model = disk.Text("FriendlyName") ?? disk.Text("Model"),
            PartitionStyle = Style(disk.Number("PartitionStyle")),
            SizeBytes = disk.Number("Size") ?? 0,
            Partitions = partitions
                .Where(p => p.Number("DiskNumber") == number)
                .OrderBy(p => p.Number("PartitionNumber"))
                .Select(p => Partition(p, volumes))
                .ToList(),
        };
    }

    private static PartitionInfo Partition(CimRecord partition, IReadOnlyList<CimRecord> volumes)
    {
        var letter = partition.Text("DriveLetter");
        var volume = Volume(partition, letter, volumes);
        return new PartitionInfo
        {
            Number = (int)(partition.Number("PartitionNumber") ?? 0),
            Role = Role(partition.Text("GptType"), partition.Number("MbrType"), partition.Flag("IsBoot") == true, partition.Flag("IsSystem") == true),
            SizeBytes = partition.Number("Size") ?? 0,
            FreeBytes = volume?.Number("SizeRemaining"),
            DriveLetter = letter,
        };
    }

    /// <summary>The partition's volume: the one whose path (<c>\\?\Volume{…}\</c>) is among the partition's access
    /// paths, or else the one with its drive letter. A partition without a file system (the Microsoft reserved one)
    /// has none.</summary>
    private static CimRecord? Volume(CimRecord partition, string? letter, IReadOnlyList<CimRecord> volumes)
    {
        var paths = partition.Texts("AccessPaths");
        return volumes.FirstOrDefault(v => v.Text("Path") is { } path && paths.Contains(path, StringComparer.OrdinalIgnoreCase))
            ?? (letter is null ? null : volumes.FirstOrDefault(v => string.Equals(v.Text("DriveLetter"), letter, StringComparison.OrdinalIgnoreCase)));
    }
}
