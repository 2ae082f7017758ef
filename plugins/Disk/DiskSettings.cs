using WuToolkit.Abstractions;
using WuToolkit.Plugins.Disk.Resources;

namespace WuToolkit.Plugins.Disk;

/// <summary>The settings the disk checks read (<c>wutk run --set disk.upgradeFreeGB=40</c>).</summary>
public static class DiskSettings
{
    /// <summary>Minimum free gigabytes for monthly updates: a cumulative update stages several GB in the component store.</summary>
    public static readonly NumberSetting UpdateFreeGB =
        new(FreeSpaceCheck.MinimumSetting, Strings.SettingUpdateFreeGB, FreeSpaceCheck.DefaultMinimumGB) { Minimum = 0, Maximum = 100_000, Unit = "GB" };

    /// <summary>Minimum free gigabytes for a feature upgrade, which keeps the old Windows beside the new one.</summary>
    public static readonly NumberSetting UpgradeFreeGB =
        new(UpgradeSpaceCheck.MinimumSetting, Strings.SettingUpgradeFreeGB, UpgradeSpaceCheck.DefaultMinimumGB) { Minimum = 0, Maximum = 100_000, Unit = "GB" };
}
