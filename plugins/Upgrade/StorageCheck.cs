using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>Windows 11 needs a 64 GB or larger storage device (Windows 10: 32 GB). The requirement is about the
/// device, so the system disk's size decides where the machine can tell it; otherwise the system volume stands in for
/// it (a little smaller, so a disk right at the limit may fail that way). Free space for the upgrade itself is
/// disk.upgrade-space's business.</summary>
[ExportCheck("upgrade.storage", "Storage size for Windows 11", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements"], Settings = typeof(UpgradeTargetSetting),
    Description = "Whether the system disk is large enough for the target Windows: a 64 GB or larger storage device for Windows 11, 32 GB for Windows 10 (the system volume's size stands in when the disk's is unknown). Free space for the upgrade is disk.upgrade-space's business.")]
public sealed class StorageCheck : ICheck
{
    // Decimal, like the requirement (see TargetRequirements.MinimumStorageBytes).
    private const double GB = 1000d * 1000 * 1000;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = TargetRequirements.Read(context.Settings);
        var minimum = (target.MinimumStorageBytes / GB).ToString("0", CultureInfo.InvariantCulture);

        if (await SystemDiskAsync(context.Machine.Storage, cancellationToken).ConfigureAwait(false) is { SizeBytes: > 0 } disk)
        {
            var size = (disk.SizeBytes / GB).ToString("0.0", CultureInfo.InvariantCulture);
            Evidence[] diskEvidence =
            [
                new("target", target.Name),
                new("disk", string.IsNullOrWhiteSpace(disk.Model) ? Strings.EvidenceUnknown : disk.Model.Trim()),
                new("diskGB", size),
                new("minimumGB", minimum),
            ];
            return disk.SizeBytes < target.MinimumStorageBytes
                ? CheckResult.Fail(Strings.FormatStorageDiskTooSmall(size, target.Name, minimum), diskEvidence)
                : CheckResult.Pass(Strings.FormatStorageDiskOk(size, target.Name, minimum), diskEvidence);
        }

        var volume = await context.Machine.Storage.GetSystemVolumeAsync(cancellationToken).ConfigureAwait(false);
        var total = (volume.TotalBytes / GB).ToString("0.0", CultureInfo.InvariantCulture);
        var evidence = new[]
        {
            new Evidence("target", target.Name),
            new Evidence("volume", volume.Name),
            new Evidence("totalGB", total),
            new Evidence("minimumGB", minimum),
        };

        return volume.TotalBytes < target.MinimumStorageBytes
            ? CheckResult.Fail(Strings.FormatStorageTooSmall(volume.Name, total, target.Name, minimum), evidence)
            : CheckResult.Pass(Strings.FormatStorageOk(volume.Name, total, target.Name, minimum), evidence);
    }

    // The disk question came with SDK 1.1: a machine (or snapshot) without it still has the volume to go by.
    private static async Task<SystemDiskInfo?> SystemDiskAsync(IStorageQueries storage, CancellationToken cancellationToken)
    {
        try
        {
            return await storage.GetSystemDiskAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (QuestionUnansweredException)
        {
            return null;
        }
    }
}
