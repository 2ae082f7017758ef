using WuToolkit.Abstractions;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The settings <c>network.speed</c> reads: what to download, how much at most, and what "slow" means.</summary>
public static class SpeedTestSettings
{
    /// <summary>The files downloaded one after the other (their first megabytes only); the fastest gives the speed. By
    /// default the payload host the update client uses.</summary>
    public static readonly UrlListSetting Urls =
        new("network.speedTestUrls", Strings.SettingSpeedTestUrls, [new Uri(RangeRequestSettings.DefaultUrl)]) { MaxCount = 4 };

    /// <summary>The most megabytes downloaded.</summary>
    public static readonly NumberSetting MaxMB =
        new("network.speedTestMaxMB", Strings.SettingSpeedTestMaxMB, 16) { Minimum = 1, Maximum = 1024, Unit = "MB" };

    /// <summary>The longest the download may take.</summary>
    public static readonly NumberSetting MaxSeconds =
        new("network.speedTestMaxSeconds", Strings.SettingSpeedTestMaxSeconds, 10) { Minimum = 1, Maximum = 120, Unit = "seconds" };

    /// <summary>The size of a typical cumulative update, to say how long one would take.</summary>
    public static readonly NumberSetting UpdateSizeMB =
        new("network.updateSizeMB", Strings.SettingUpdateSizeMB, 700) { Minimum = 1, Maximum = 100_000, Unit = "MB" };

    /// <summary>Below this speed the check warns.</summary>
    public static readonly NumberSetting SlowMbps =
        new("network.slowMbps", Strings.SettingSlowMbps, 2) { Minimum = 0.01, Maximum = 100_000, Unit = "Mbit/s" };
}
