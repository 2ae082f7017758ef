using System.Globalization;

namespace WuToolkit.Abstractions;

/// <summary>Typed reads of <see cref="ISettings"/> with defaults and clear errors.</summary>
public static class SettingsExtensions
{
    /// <summary>The value of a declared number setting, or its default when the user set none.</summary>
    /// <exception cref="InvalidSettingException">The value is set but is not a number in the declared range (a host that
    /// checks values first never lets that happen).</exception>
    public static double Get(this ISettings settings, NumberSetting setting) =>
        Read(settings, setting, static setting => setting.Default, static (setting, text) => (setting.TryParse(text, out var value), value));

    /// <summary>The value of a declared text setting, or its default when the user set none.</summary>
    /// <exception cref="InvalidSettingException">The value is set but is not acceptable.</exception>
    public static string Get(this ISettings settings, TextSetting setting) =>
        Read(settings, setting, static setting => setting.Default, static (setting, text) => (setting.TryParse(text, out var value), value));

    /// <summary>The addresses of a declared list setting, or its default when the user set none.</summary>
    /// <exception cref="InvalidSettingException">The value is set but is not a list of http or https addresses.</exception>
    public static IReadOnlyList<Uri> Get(this ISettings settings, UrlListSetting setting) =>
        Read(settings, setting, static setting => setting.Default, static (setting, text) => (setting.TryParse(text, out var value), value));

    /// <summary>The value of <paramref name="key"/>, or <paramref name="defaultValue"/> when not set. For settings
    /// not declared with a <see cref="Setting"/> (plugins built before settings were declared); declare new ones instead.</summary>
    public static string GetString(this ISettings settings, string key, string defaultValue)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Find(key) is { Length: > 0 } value ? value : defaultValue;
    }

    /// <summary>The value of <paramref name="key"/> as a number, or <paramref name="defaultValue"/> when not set. For
    /// settings not declared with a <see cref="Setting"/>; declare new ones with <see cref="NumberSetting"/> instead.</summary>
    /// <exception cref="InvalidSettingException">The value is set but is not a number.</exception>
    public static double GetNumber(this ISettings settings, string key, double defaultValue)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = settings.Find(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidSettingException(key, text, "a number");
    }

    /// <summary>The value of <paramref name="key"/> split at commas and trimmed, or <paramref name="defaultValues"/> when
    /// not set. For settings not declared with a <see cref="Setting"/>.</summary>
    public static IReadOnlyList<string> GetList(this ISettings settings, string key, IReadOnlyList<string> defaultValues)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = settings.Find(key);
        return string.IsNullOrWhiteSpace(text)
            ? defaultValues
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The one way every kind is read: unset is the default, set is parsed, unparsable is an error naming the setting.</summary>
    private static T Read<TSetting, T>(ISettings settings, TSetting setting, Func<TSetting, T> defaultOf, Func<TSetting, string, (bool Parsed, T Value)> parse)
        where TSetting : Setting
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(setting);
        if (settings.Find(setting.Key) is not { } text)
        {
            return defaultOf(setting);
        }

        var (parsed, value) = parse(setting, text);
        return parsed ? value : throw new InvalidSettingException(setting, text);
    }
}
