using WuToolkit.Abstractions;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>The settings the health checks read (<c>wutk run --set health.timeServer=ntp.contoso.com</c>).</summary>
public static class HealthSettings
{
    /// <summary>The NTP server the clock is compared with.</summary>
    public static readonly TextSetting TimeServer =
        new("health.timeServer", Strings.SettingTimeServer, "time.windows.com") { MaxLength = 255 };

    /// <summary>Minutes of clock offset from which the clock check warns: Kerberos allows 5 minutes by default.</summary>
    public static readonly NumberSetting ClockWarnMinutes =
        new("health.clockWarnMinutes", Strings.SettingClockWarnMinutes, 5) { Minimum = 0, Maximum = 525_600, Unit = "minutes" };

    /// <summary>Minutes of clock offset from which the clock check fails.</summary>
    public static readonly NumberSetting ClockFailMinutes =
        new("health.clockFailMinutes", Strings.SettingClockFailMinutes, 60) { Minimum = 0, Maximum = 5_256_000, Unit = "minutes" };

    /// <summary>Age in days beyond which the newest restore point is too old to be the safety net before repairs.</summary>
    public static readonly NumberSetting RestorePointMaxAgeDays =
        new("health.restorePointMaxAgeDays", Strings.SettingRestorePointMaxAgeDays, 30) { Minimum = 1, Maximum = 36_500, Unit = "days" };
}
