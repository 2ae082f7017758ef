using System.Globalization;
using System.Text.RegularExpressions;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// The releases the compatibility appraiser has judged: one subkey of
/// <c>AppCompatFlags\TargetVersionUpgradeExperienceIndicators</c> each. Windows 11 releases carry their codename's
/// two letters before the release (<c>CO21H2</c> Cobalt, <c>NI22H2</c>/<c>NI23H2</c> Nickel, <c>GE24H2</c> and later
/// Germanium), Windows 10 releases are the bare release (<c>21H2</c>); other subkeys (such as <c>UNV</c>) are not a
/// release. The names are not documented by Microsoft, so the check also takes an explicit key from its settings.
/// </summary>
internal static partial class AppraiserReleases
{
    /// <summary>The key the appraiser writes under.</summary>
    public const string IndicatorsKey = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\AppCompatFlags\TargetVersionUpgradeExperienceIndicators";

    /// <summary>The setting's value that asks for the newest release of the target.</summary>
    public const string Automatic = "auto";

    /// <summary>The release to judge: the one named in the settings, or the newest of the target's releases;
    /// <see langword="null"/> when there is none.</summary>
    public static string? Pick(IReadOnlyList<string> subKeys, string setting, bool windows10)
    {
        if (!string.Equals(setting, Automatic, StringComparison.OrdinalIgnoreCase))
        {
            return subKeys.FirstOrDefault(key => string.Equals(key, setting, StringComparison.OrdinalIgnoreCase));
        }

        return subKeys
            .Select(key => (Key: key, Match: Release().Match(key)))
            .Where(release => release.Match.Success && release.Match.Groups["codename"].Success != windows10)
            .OrderByDescending(release => int.Parse(release.Match.Groups["year"].Value, CultureInfo.InvariantCulture))
            .ThenByDescending(release => release.Match.Groups["half"].Value, StringComparer.Ordinal)
            .Select(release => release.Key)
            .FirstOrDefault();
    }

    /// <summary>The key of one release's record.</summary>
    public static string KeyOf(string release) => IndicatorsKey + "\\" + release;

    [GeneratedRegex("^(?<codename>[A-Za-z]{2})?(?<year>[0-9]{2})H(?<half>[12])$", RegexOptions.CultureInvariant)]
    private static partial Regex Release();
}
