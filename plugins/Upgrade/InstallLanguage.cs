using System.Globalization;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// The language Windows was installed in: <c>HKLM\SYSTEM\CurrentControlSet\Control\Nls\Language</c>, value
/// <c>InstallLanguage</c>, a locale id in hexadecimal such as <c>0409</c>. It is this language, not the display
/// language chosen later, that installation media must match for setup to keep apps and files.
/// </summary>
internal static class InstallLanguage
{
    public const string Key = @"HKLM\SYSTEM\CurrentControlSet\Control\Nls\Language";

    public const string Value = "InstallLanguage";

    /// <summary>The culture name (such as <c>en-US</c>) of a hexadecimal locale id, or <see langword="null"/> when the
    /// text is not one or names no known culture.</summary>
    public static string? CultureOf(string? hexLcid)
    {
        if (!int.TryParse(hexLcid?.Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var lcid) || lcid <= 0)
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(lcid);
            return string.IsNullOrEmpty(culture.Name) ? null : culture.Name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The canonical spelling of a culture name the user typed (<c>ja-jp</c> gives <c>ja-JP</c>), or the text
    /// as typed when the runtime does not know it.</summary>
    public static string Canonical(string name)
    {
        var trimmed = name.Trim();
        try
        {
            var culture = CultureInfo.GetCultureInfo(trimmed);
            return string.IsNullOrEmpty(culture.Name) ? trimmed : culture.Name;
        }
        catch (CultureNotFoundException)
        {
            return trimmed;
        }
    }

    /// <summary>Whether two culture names are the same language and region.</summary>
    public static bool Same(string left, string right) =>
        string.Equals(Canonical(left), Canonical(right), StringComparison.OrdinalIgnoreCase);
}
