namespace WuToolkit.Abstractions;

/// <summary>
/// A setting a check reads, declared once as a public static field of the class named by
/// <see cref="Checks.ExportCheckAttribute.Settings"/> and read with <see cref="SettingsExtensions"/>:
/// <code>
/// public static class DiskSettings
/// {
///     public static readonly NumberSetting UpgradeFreeGB =
///         new("disk.upgradeFreeGB", Strings.SettingUpgradeFreeGB, defaultValue: 35) { Minimum = 1, Maximum = 100_000, Unit = "GB" };
/// }
/// // in the check:
/// var minimum = context.Settings.Get(DiskSettings.UpgradeFreeGB);
/// </code>
/// The kinds of setting are a closed set (<see cref="NumberSetting"/>, <see cref="TextSetting"/>,
/// <see cref="UrlListSetting"/>) so that the host can check, explain and list every value before a check runs.
/// </summary>
public abstract class Setting
{
    private protected Setting(string key, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        Description = description ?? "";
    }

    /// <summary>The key users type, starting with the plugin's name: <c>disk.upgradeFreeGB</c>. Case-insensitive.</summary>
    public string Key { get; }

    /// <summary>What the setting changes, in a sentence for people (from the plugin's resources).</summary>
    public string Description { get; }

    /// <summary>The default, written as a user would type it.</summary>
    public abstract string DefaultText { get; }

    /// <summary>Whether <paramref name="text"/> is an acceptable value. An empty value is never acceptable: it is
    /// more likely a mistake than a wish for the default.</summary>
    public abstract bool Accepts(string text);
}
