using System.Globalization;

namespace WuToolkit.Abstractions;

/// <summary>Typed reads of <see cref="ISettings"/> with defaults and clear errors.</summary>
public static class SettingsExtensions
{
    /// <summary>The value of <paramref name="key"/>, or <paramref name="defaultValue"/> when not set.</summary>
    public static string GetString(this ISettings settings, string key, string defaultValue)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Find(key) is { Length: > 0 } value ? value : defaultValue;
    }

    /// <summary>The value of <paramref name="key"/> as a number, or <paramref name="defaultValue"/> when not set.</summary>
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

    /// <summary>The value of <paramref name="key"/> split at commas and trimmed, or <paramref name="defaultValues"/> when not set.</summary>
    public static IReadOnlyList<string> GetList(this ISettings settings, string key, IReadOnlyList<string> defaultValues)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = settings.Find(key);
        return string.IsNullOrWhiteSpace(text)
            ? defaultValues
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
