using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Disk.Resources;

namespace WuToolkit.Plugins.Disk;

/// <summary>A feature upgrade keeps the old Windows beside the new one until it succeeds, so it needs far more
/// room than a monthly update: 35 GB by default, configurable.</summary>
[ExportCheck("disk.upgrade-space", "Free space for a feature upgrade", Scenario = Scenario.Upgrade, Tags = ["storage", "space"], Settings = typeof(DiskSettings),
    Description = "Compares the free space on the system volume with what a feature upgrade needs (35 GB by default, disk.upgradeFreeGB): setup keeps the old Windows beside the new one until the upgrade succeeds.")]
public sealed class UpgradeSpaceCheck : ICheck
{
    /// <summary>Setting: minimum free gigabytes for a feature upgrade.</summary>
    public const string MinimumSetting = "disk.upgradeFreeGB";

    /// <summary>Default minimum for a feature upgrade.</summary>
    public const double DefaultMinimumGB = 35;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var minimum = context.Settings.Get(DiskSettings.UpgradeFreeGB);
        var volume = await context.Machine.Storage.GetSystemVolumeAsync(cancellationToken).ConfigureAwait(false);
        return SpaceVerdict.Judge(volume, minimum, Strings.UpgradeFreeSpaceOk, Strings.UpgradeFreeSpaceLow, Strings.UpgradeFreeSpaceLowWarn);
    }
}
