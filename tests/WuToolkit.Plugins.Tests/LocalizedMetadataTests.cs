using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Abstractions.Localization;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Tests;

/// <summary>Every bundled plugin names its Metadata resources, whose English texts are the attributes' own (so a title
/// edited in the attribute and not in the resource fails here) and whose Japanese texts exist for every id it exports,
/// read as the host reads them: by the resource's base name, in the assembly and its ja satellite.</summary>
public class LocalizedMetadataTests
{
    /// <summary>The culture a Japanese Windows runs in.</summary>
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    /// <summary>The culture the satellites are built for, the parent of <see cref="Japanese"/>.</summary>
    private static readonly CultureInfo SatelliteCulture = CultureInfo.GetCultureInfo("ja");

    /// <summary>One type of each bundled plugin, to reach its assembly.</summary>
    private static readonly Type[] Plugins =
    [
        typeof(global::WuToolkit.Plugins.Cache.SoftwareDistributionCheck), typeof(global::WuToolkit.Plugins.Catalog.FailedUpdatesCheck),
        typeof(global::WuToolkit.Plugins.CleanBoot.ThirdPartyServicesCheck), typeof(global::WuToolkit.Plugins.Disk.FreeSpaceCheck),
        typeof(global::WuToolkit.Plugins.ErrorCodes.CommonCatalog), typeof(global::WuToolkit.Plugins.Health.ClockCheck),
        typeof(global::WuToolkit.Plugins.Logs.UpdateClientErrorsCheck), typeof(global::WuToolkit.Plugins.Network.AdapterCheck),
        typeof(global::WuToolkit.Plugins.Services.UpdateServicesCheck), typeof(global::WuToolkit.Plugins.Upgrade.FastStartupCheck),
    ];

    private static IEnumerable<TestCaseData> Assemblies =>
        Plugins.Select(plugin => new TestCaseData(plugin.Assembly).SetArgDisplayNames(plugin.Assembly.GetName().Name!));

    [Test]
    public void Every_bundled_plugin_folder_is_covered()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "plugins")).Select(Path.GetFileName).ToList();

        Assert.That(Plugins.Select(plugin => plugin.Assembly.GetName().Name), Is.EquivalentTo(folders));
    }

    [TestCaseSource(nameof(Assemblies))]
    public void English_texts_are_the_attributes_own(Assembly plugin)
    {
        var resources = Resources(plugin);
        var exports = Exports(plugin);

        Assert.That(exports, Is.Not.Empty);
        foreach (var (id, title, description) in exports)
        {
            Assert.That(resources.GetString(LocalizedMetadataAttribute.TitleKey(id), CultureInfo.InvariantCulture), Is.EqualTo(title), id);
            Assert.That(resources.GetString(LocalizedMetadataAttribute.DescriptionKey(id), CultureInfo.InvariantCulture),
                Is.EqualTo(string.IsNullOrEmpty(description) ? null : description), id);
        }
    }

    [TestCaseSource(nameof(Assemblies))]
    public void Every_key_belongs_to_an_exported_id(Assembly plugin)
    {
        var expected = Exports(plugin)
            .SelectMany(export => string.IsNullOrEmpty(export.Description)
                ? new[] { LocalizedMetadataAttribute.TitleKey(export.Id) }
                : [LocalizedMetadataAttribute.TitleKey(export.Id), LocalizedMetadataAttribute.DescriptionKey(export.Id)]);

        Assert.That(Keys(Resources(plugin), CultureInfo.InvariantCulture), Is.EquivalentTo(expected));
    }

    [TestCaseSource(nameof(Assemblies))]
    public void Japanese_texts_exist_for_every_id(Assembly plugin)
    {
        var resources = Resources(plugin);

        // Only the satellite itself: a key missing from it would silently fall back to English.
        Assert.That(Keys(resources, SatelliteCulture, tryParents: false), Is.EquivalentTo(Keys(resources, CultureInfo.InvariantCulture)));
        foreach (var (id, title, description) in Exports(plugin))
        {
            var japaneseTitle = resources.GetString(LocalizedMetadataAttribute.TitleKey(id), Japanese);
            Assert.That(japaneseTitle, Is.Not.EqualTo(title).And.Match(JapaneseText), id);
            if (!string.IsNullOrEmpty(description))
            {
                Assert.That(resources.GetString(LocalizedMetadataAttribute.DescriptionKey(id), Japanese), Is.Not.EqualTo(description).And.Match(JapaneseText), id);
            }
        }
    }

    [TestCaseSource(nameof(Assemblies))]
    public void The_Japanese_satellite_is_built_beside_the_plugin(Assembly plugin)
    {
        var name = plugin.GetName().Name!;
        var satellite = Path.Combine(Path.GetDirectoryName(plugin.Location)!, "ja", name + ".resources.dll");

        Assert.That(File.Exists(satellite), Is.True, satellite);
        Assert.That(plugin.GetSatelliteAssembly(SatelliteCulture).GetManifestResourceNames(), Does.Contain(MetadataBaseName(plugin) + ".ja.resources"));
    }

    private const string JapaneseText = @"[\u3040-\u30FF\u4E00-\u9FFF]";

    private static string MetadataBaseName(Assembly plugin)
    {
        var attribute = plugin.GetCustomAttribute<LocalizedMetadataAttribute>();
        Assert.That(attribute, Is.Not.Null, plugin.GetName().Name + " has no [assembly: LocalizedMetadata]");
        Assert.That(attribute!.ResourceType.Assembly, Is.SameAs(plugin));
        return attribute.ResourceType.FullName!;
    }

    private static ResourceManager Resources(Assembly plugin) => new(MetadataBaseName(plugin), plugin);

    private static List<string> Keys(ResourceManager resources, CultureInfo culture, bool tryParents = true)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents);
        Assert.That(set, Is.Not.Null, culture.Name);
        return [.. set!.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)];
    }

    /// <summary>The id, title and description of everything the plugin exports, read from the attributes.</summary>
    private static List<(string Id, string Title, string? Description)> Exports(Assembly plugin)
    {
        var exports = new List<(string, string, string?)>();
        foreach (var type in plugin.GetTypes())
        {
            if (type.GetCustomAttribute<ExportCheckAttribute>() is { } check)
            {
                exports.Add((check.Id, check.Title, check.Description));
            }

            if (type.GetCustomAttribute<ExportFixAttribute>() is { } fix)
            {
                exports.Add((fix.Id, fix.Title, fix.Description));
            }

            if (type.GetCustomAttribute<ExportLogRuleAttribute>() is { } rule)
            {
                exports.Add((rule.Id, rule.Title, null));
            }

            if (type.GetCustomAttribute<ExportErrorCatalogAttribute>() is { } catalog)
            {
                exports.Add((catalog.Id, catalog.Title, null));
            }
        }

        return exports;
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
