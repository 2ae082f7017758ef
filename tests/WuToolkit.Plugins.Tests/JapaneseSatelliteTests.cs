using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace WuToolkit.Plugins.Tests;

/// <summary>The messages of the translated plugins reach a Japanese Windows in Japanese: each of their resource files
/// has a Japanese satellite built with the same keys, each value with the same placeholders as the English one, so no
/// message falls back to English and no <c>string.Format</c> meets an index it lacks.</summary>
public partial class JapaneseSatelliteTests
{
    private static readonly CultureInfo SatelliteCulture = CultureInfo.GetCultureInfo("ja");

    /// <summary>One type of each plugin whose messages are translated.</summary>
    private static readonly Type[] Plugins =
    [
        typeof(global::WuToolkit.Plugins.Cache.SoftwareDistributionCheck), typeof(global::WuToolkit.Plugins.Catalog.FailedUpdatesCheck),
        typeof(global::WuToolkit.Plugins.CleanBoot.ThirdPartyServicesCheck), typeof(global::WuToolkit.Plugins.Disk.FreeSpaceCheck),
        typeof(global::WuToolkit.Plugins.Health.ClockCheck), typeof(global::WuToolkit.Plugins.Network.AdapterCheck),
        typeof(global::WuToolkit.Plugins.Services.UpdateServicesCheck), typeof(global::WuToolkit.Plugins.Upgrade.FastStartupCheck),
    ];

    private static IEnumerable<TestCaseData> ResourceFiles =>
        Plugins.SelectMany(plugin => plugin.Assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".resources", StringComparison.Ordinal))
            .Select(name => new TestCaseData(plugin.Assembly, name[..^".resources".Length]).SetArgDisplayNames(name)));

    [TestCaseSource(nameof(ResourceFiles))]
    public void The_Japanese_satellite_has_every_key_with_its_placeholders(Assembly plugin, string baseName)
    {
        var resources = new ResourceManager(baseName, plugin);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var japanese = Entries(resources, SatelliteCulture);

        Assert.That(japanese.Keys, Is.EquivalentTo(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.That(japanese[key], Is.Not.Empty, key);
            Assert.That(Placeholders(japanese[key]), Is.EquivalentTo(Placeholders(text)), key);
        }

        // Names such as "Windows 11" or "Configuration Manager" stay as they are; the sentences do not.
        Assert.That(japanese.Values.Count(Japanese().IsMatch), Is.GreaterThan(english.Count / 2));
    }

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        // Only the culture's own file: a key missing from the satellite would otherwise be read from the English one.
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.That(set, Is.Not.Null, culture.Name);
        return set!.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!, StringComparer.Ordinal);
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"[\u3040-\u30FF\u4E00-\u9FFF]", RegexOptions.CultureInvariant)]
    private static partial Regex Japanese();

    [GeneratedRegex(@"\{\d+(?:,[^}]*)?(?::[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
