using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The disk Windows boots from, its partitions and their free space, from the Storage Management API's WMI
/// classes (what Get-Disk, Get-Partition and Get-Volume show).</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsSystemDisk
{
    private const string Question = "systemDisk";
    private const string Scope = @"root\Microsoft\Windows\Storage";

    public static Task<SystemDiskInfo> ReadAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        var disks = Wmi.Query(Question, Scope, "SELECT Number, FriendlyName, Model, PartitionStyle, Size, IsBoot, IsSystem FROM MSFT_Disk", missing: null, cancellationToken);
        var partitions = Wmi.Query(Question, Scope, "SELECT DiskNumber, PartitionNumber, DriveLetter, Size, GptType, MbrType, IsBoot, IsSystem, AccessPaths FROM MSFT_Partition", missing: null, cancellationToken);
        var volumes = Wmi.Query(Question, Scope, "SELECT Path, DriveLetter, SizeRemaining FROM MSFT_Volume", missing: null, cancellationToken);
        return SystemDiskFacts.Read(disks, partitions, volumes)
            ?? throw new QuestionUnansweredException(Question, MachineStrings.NoSystemDisk);
    }, cancellationToken).WaitAsync(cancellationToken);
}
