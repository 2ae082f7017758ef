using WuToolkit.Abstractions;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>The Windows an upgrade aims at: its requirements decide what a check asks of the PC.</summary>
public enum UpgradeTarget
{
    /// <summary>The current Windows 11 release (also when a Windows 11 PC moves to a newer Windows 11 release).</summary>
    Windows11,

    /// <summary>Windows 10 (22H2, its last release).</summary>
    Windows10,
}

/// <summary>The <c>upgrade.target</c> setting (<c>wutk run --set upgrade.target=windows10</c>), shared by every
/// upgrade check that judges against a target.</summary>
public static class UpgradeTargetSetting
{
    /// <summary>The key users type.</summary>
    public const string Key = "upgrade.target";

    /// <summary>Which Windows the upgrade aims at: <c>windows11</c> (default) or <c>windows10</c>.</summary>
    public static readonly TextSetting Target =
        new(Key, Strings.SettingTarget, "windows11") { AllowedValues = ["windows11", "windows10"] };

    /// <summary>The target the user chose, Windows 11 when none.</summary>
    /// <exception cref="InvalidSettingException">The value is not one of the allowed ones (a host that checks values
    /// first never lets that happen).</exception>
    public static UpgradeTarget Read(ISettings settings) =>
        string.Equals(settings.Get(Target), "windows10", StringComparison.OrdinalIgnoreCase) ? UpgradeTarget.Windows10 : UpgradeTarget.Windows11;
}
