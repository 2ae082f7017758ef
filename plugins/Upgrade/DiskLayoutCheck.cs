using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Windows 11 starts only through UEFI, and Windows boots UEFI only from a GPT disk, so an MBR system disk blocks the
/// upgrade. It is no dead end: MBR2GPT converts the disk in place (then the firmware is switched to UEFI). Kept apart
/// from <see cref="FirmwareCheck"/> because the disk is its own question: a machine that cannot tell its disk layout
/// still gets its firmware judged.
/// </summary>
[ExportCheck("upgrade.disk-layout", "GPT system disk for UEFI boot", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements", "uefi", "gpt"], Settings = typeof(UpgradeTargetSetting),
    Description = "Whether the system disk is partitioned GPT, which UEFI boot and so Windows 11 need; an MBR disk fails, with the way to convert it in place (MBR2GPT). Windows 10 installs on either.")]
public sealed class DiskLayoutCheck : ICheck
{
    /// <summary>MBR2GPT needs a free slot for the EFI system partition among MBR's four primary partitions.</summary>
    private const int Mbr2GptMaximumPartitions = 3;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = TargetRequirements.Read(context.Settings);
        var disk = await context.Machine.Storage.GetSystemDiskAsync(cancellationToken).ConfigureAwait(false);

        var evidence = new[]
        {
            new Evidence("target", target.Name),
            new Evidence("partitionStyle", Style(disk.PartitionStyle)),
            new Evidence("partitions", disk.Partitions.Count.ToString(CultureInfo.InvariantCulture)),
            new Evidence("disk", string.IsNullOrWhiteSpace(disk.Model) ? Strings.EvidenceUnknown : disk.Model.Trim()),
        };

        if (!target.NeedsUefi)
        {
            return CheckResult.Pass(Strings.FormatDiskLayoutAnyStyle(target.Name, Style(disk.PartitionStyle)), evidence);
        }

        return disk.PartitionStyle switch
        {
            PartitionStyle.Gpt => CheckResult.Pass(Strings.FormatDiskLayoutGpt(target.Name), evidence),
            PartitionStyle.Mbr when disk.Partitions.Count > Mbr2GptMaximumPartitions =>
                CheckResult.Fail(Strings.FormatDiskLayoutMbrCrowded(target.Name, disk.Partitions.Count, Mbr2GptMaximumPartitions), evidence),
            PartitionStyle.Mbr => CheckResult.Fail(Strings.FormatDiskLayoutMbr(target.Name), evidence),
            _ => CheckResult.Warn(Strings.FormatDiskLayoutUnknown(target.Name), evidence),
        };
    }

    private static string Style(PartitionStyle style) => style == PartitionStyle.Unknown ? Strings.EvidenceUnknown : style.ToString().ToUpperInvariant();
}
