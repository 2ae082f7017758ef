using WuToolkit.Abstractions;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>The settings the upgrade readiness checks read (<c>wutk run --set upgrade.mediaLanguage=ja-JP</c>).</summary>
public static class ReadinessSettings
{
    /// <summary>Which Windows the upgrade aims at: the <c>upgrade.target</c> every upgrade check shares.</summary>
    public static readonly TextSetting Target = UpgradeTargetSetting.Target;

    /// <summary>The appraiser's release key to judge (such as <c>GE24H2</c>), or <c>auto</c> for the newest release of
    /// the target.</summary>
    public static readonly TextSetting AppraiserRelease =
        new("upgrade.appraiserRelease", ReadinessStrings.SettingAppraiserRelease, AppraiserReleases.Automatic) { MaxLength = 32 };

    /// <summary>Free megabytes the system partition needs: Microsoft asks for 15 MB before an upgrade.</summary>
    public static readonly NumberSetting SystemPartitionMinimumMB =
        new("upgrade.systemPartitionMinFreeMB", ReadinessStrings.SettingSystemPartitionMinimum, 15) { Minimum = 0, Maximum = 10_000, Unit = "MB" };

    /// <summary>Free megabytes below which the system partition is worth a warning: twice Microsoft's minimum, because
    /// setup and the boot files it writes grow from release to release.</summary>
    public static readonly NumberSetting SystemPartitionWarningMB =
        new("upgrade.systemPartitionWarnFreeMB", ReadinessStrings.SettingSystemPartitionWarning, 30) { Minimum = 0, Maximum = 10_000, Unit = "MB" };

    /// <summary>The edition on the installation media, such as <c>Pro</c>; none: the media is not known.</summary>
    public static readonly TextSetting MediaEdition =
        new("upgrade.mediaEdition", ReadinessStrings.SettingMediaEdition, "") { AllowedValues = Editions.Names, MaxLength = 64 };

    /// <summary>The language of the installation media, such as <c>en-US</c>; none: the media is not known.</summary>
    public static readonly TextSetting MediaLanguage =
        new("upgrade.mediaLanguage", ReadinessStrings.SettingMediaLanguage, "") { MaxLength = 32 };

    /// <summary>Days after which the last cumulative update counts as too old for an upgrade: two monthly releases.</summary>
    public static readonly NumberSetting MaxUpdateAgeDays =
        new("upgrade.maxUpdateAgeDays", ReadinessStrings.SettingMaxUpdateAgeDays, 60) { Minimum = 1, Maximum = 3_650, Unit = "days" };

    /// <summary>Optional features worth turning off before an upgrade, as names or name prefixes ending in <c>*</c>.</summary>
    public static readonly TextSetting WatchedFeatures =
        new("upgrade.watchedFeatures", ReadinessStrings.SettingWatchedFeatures, "IIS-*,WAS-*") { MaxLength = 2048 };

    /// <summary>Whether the upgrade aims at Windows 10 rather than Windows 11.</summary>
    internal static bool TargetsWindows10(ISettings settings) => UpgradeTargetSetting.Read(settings) == UpgradeTarget.Windows10;
}
