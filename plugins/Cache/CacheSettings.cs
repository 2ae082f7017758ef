using WuToolkit.Abstractions;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache;

/// <summary>The settings the cache checks read. Zero or less would flag every PC, so both start above it.</summary>
public static class CacheSettings
{
    /// <summary>Hours without a write after which a download counts as stuck.</summary>
    public static readonly NumberSetting StalledHours =
        new(DownloadProgressCheck.StalledHoursSetting, Strings.SettingStalledHours, DownloadProgressCheck.DefaultStalledHours) { Minimum = 1, Maximum = 8_760, Unit = "hours" };

    /// <summary>The size of SoftwareDistribution above which old payloads are piling up.</summary>
    public static readonly NumberSetting MaxSizeGB =
        new(SoftwareDistributionCheck.MaxSizeSetting, Strings.SettingMaxSizeGB, SoftwareDistributionCheck.DefaultMaxSizeGB) { Minimum = 0.1, Maximum = 10_000, Unit = "GB" };
}
