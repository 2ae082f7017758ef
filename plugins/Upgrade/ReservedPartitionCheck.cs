using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Setup writes new boot files to the system partition (the EFI system partition of a GPT disk, the "System
/// Reserved" partition of an MBR disk). When that small partition is nearly full the upgrade fails with 0x800F0922 or
/// 0xC1900104 and "We couldn't update the system reserved partition". Microsoft's support article of that name asks
/// for 15 MB free before an upgrade, and the appraiser marks a PC with less Red (RedReason SystemDriveFull).
/// </summary>
[ExportCheck(
    "upgrade.reserved-partition",
    "Free space on the system (EFI or System Reserved) partition",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "storage", "partition"],
    Settings = typeof(ReadinessSettings),
    Description = "Checks the free space on the EFI system or System Reserved partition, where setup writes the new boot files: below the 15 MB Microsoft asks for, the upgrade fails with 0x800F0922 (\"We couldn't update the system reserved partition\").")]
public sealed class ReservedPartitionCheck : ICheck
{
    private const double MB = 1024d * 1024;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var minimumMB = context.Settings.Get(ReadinessSettings.SystemPartitionMinimumMB);
        var warningMB = Math.Max(minimumMB, context.Settings.Get(ReadinessSettings.SystemPartitionWarningMB));
        var disk = await context.Machine.Storage.GetSystemDiskAsync(cancellationToken).ConfigureAwait(false);

        var evidence = new List<Evidence>
        {
            new("partitionStyle", disk.PartitionStyle.ToString().ToUpperInvariant()),
            new("minimumFreeMB", Number(minimumMB)),
            new("warningFreeMB", Number(warningMB)),
        };

        var system = disk.Partitions.Where(partition => partition.Role is PartitionRole.EfiSystem or PartitionRole.SystemReserved).ToList();
        if (system.Count == 0)
        {
            // An MBR disk installed without the small partition keeps its boot files on the Windows volume, whose free
            // space the disk checks judge.
            evidence.Add(new("systemPartition", ReadinessStrings.EvidenceNone));
            return CheckResult.Pass(ReadinessStrings.NoSystemPartition, [.. evidence]);
        }

        foreach (var partition in system)
        {
            var prefix = "partition" + partition.Number.ToString(CultureInfo.InvariantCulture);
            evidence.Add(new(prefix + ".role", partition.Role == PartitionRole.EfiSystem ? ReadinessStrings.RoleEfiSystem : ReadinessStrings.RoleSystemReserved));
            evidence.Add(new(prefix + ".sizeMB", Number(partition.SizeBytes / MB)));
            evidence.Add(new(prefix + ".freeMB", partition.FreeBytes is { } free ? Number(free / MB) : ReadinessStrings.EvidenceUnknown));
        }

        var fullest = system.Where(partition => partition.FreeBytes is not null).MinBy(partition => partition.FreeBytes);
        if (fullest is null)
        {
            return CheckResult.Skipped(ReadinessStrings.FormatSystemPartitionUnreadable(Name(system[0])), [.. evidence]);
        }

        var freeMB = fullest.FreeBytes!.Value / MB;
        var name = Name(fullest);
        if (freeMB < minimumMB)
        {
            return CheckResult.Fail(ReadinessStrings.FormatSystemPartitionFull(Number(freeMB), name, Number(minimumMB)), evidence);
        }

        return freeMB < warningMB
            ? CheckResult.Warn(ReadinessStrings.FormatSystemPartitionTight(Number(freeMB), name, Number(minimumMB)), evidence)
            : CheckResult.Pass(ReadinessStrings.FormatSystemPartitionOk(Number(freeMB), name, Number(minimumMB)), [.. evidence]);
    }

    private static string Name(PartitionInfo partition) =>
        partition.Role == PartitionRole.EfiSystem ? ReadinessStrings.EfiSystemPartition : ReadinessStrings.SystemReservedPartition;

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
