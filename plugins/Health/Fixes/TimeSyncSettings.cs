using WuToolkit.Abstractions;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>The setting the clock resync reads: the time server the clock checks compare with, to tell before the
/// resync whether the Windows Time service will refuse a correction that large.</summary>
public static class TimeSyncSettings
{
    /// <summary>The NTP server the clock is compared with, shared with <c>health.clock</c>.</summary>
    public static readonly TextSetting TimeServer = HealthSettings.TimeServer;
}
