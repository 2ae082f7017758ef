using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Cache;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Startup;

/// <summary>
/// The bundled plugins as the warm metadata cache lists them are the plugins as they load, member by member: every
/// public property of the catalog, its plugins, their checks, fixes, error catalogs and log rules and their metadata,
/// walked by reflection, so that a member added later and not kept by the cache fails here (as the log rules' markers
/// once did, which silently turned the log prefilter off on every warm start).
/// </summary>
[NonParallelizable]
public class CachedListingParityTests
{
    private static readonly PluginFolder[] Bundled = [new PluginFolder(Path.Combine(TestPaths.HostOutput, "plugins"), PluginOrigin.BuiltIn)];

    [Test]
    public void A_warm_listing_of_the_bundled_plugins_is_the_live_one_member_by_member()
    {
        using var temp = new TempFolder();
        var live = new PluginLoader(NullLoggerFactory.Instance).LoadAll(Bundled);
        var cache = new PluginMetadataCache(temp.Combine("cache"), "test");
        new PluginLoader(NullLoggerFactory.Instance) { Cache = cache }.LoadAll(Bundled);

        var before = LoadContexts.Now();
        var warm = new PluginLoader(NullLoggerFactory.Instance) { Cache = cache }.LoadAll(Bundled);

        Assert.That(LoadContexts.PluginsLoadedSince(before), Is.Empty, "the listing came from the cache");
        Assert.That(warm.Plugins, Has.Count.EqualTo(live.Plugins.Count).And.Count.GreaterThan(5));
        var differences = new List<string>();
        Compare(live, warm, "catalog", differences, depth: 0);
        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void The_settings_of_fixes_from_the_cache_are_those_of_their_classes()
    {
        using var temp = new TempFolder();
        var live = new PluginLoader(NullLoggerFactory.Instance).LoadAll(Bundled);
        var cache = new PluginMetadataCache(temp.Combine("cache"), "test");
        new PluginLoader(NullLoggerFactory.Instance) { Cache = cache }.LoadAll(Bundled);
        var warm = new PluginLoader(NullLoggerFactory.Instance) { Cache = cache }.LoadAll(Bundled);

        var declaring = live.Fixes.Where(fix => FixCatalog.SettingsOf(fix).Count > 0).Select(fix => fix.Id).ToList();
        Assert.That(declaring, Is.Not.Empty, "a bundled fix declares settings");
        foreach (var id in declaring)
        {
            var differences = new List<string>();
            Compare(FixCatalog.SettingsOf(live.Fixes.Single(fix => fix.Id == id)), FixCatalog.SettingsOf(warm.Fixes.Single(fix => fix.Id == id)), id, differences, depth: 0);
            Assert.That(differences, Is.Empty);
        }
    }

    /// <summary>Adds to <paramref name="differences"/> where <paramref name="cached"/> is not <paramref name="live"/>.</summary>
    private static void Compare(object? live, object? cached, string path, List<string> differences, int depth)
    {
        if (live is null || cached is null)
        {
            if (live is not null || cached is not null)
            {
                differences.Add($"{path}: {live ?? "null"} live, {cached ?? "null"} cached");
            }

            return;
        }

        switch (live)
        {
            // How an export is created: from the cache, a load of the plugin when first used. That it still creates
            // the right export is what the command tests show.
            case Delegate:
                return;

            // The class that declares a check's or fix's settings lives in the plugin, which a warm start does not load:
            // the cache keeps whether there is one (compared here) and the settings as data (compared below).
            case Type:
                return;
        }

        if (live is string or ValueType or Version or Uri)
        {
            if (!Equals(live, cached))
            {
                differences.Add($"{path}: \"{live}\" live, \"{cached}\" cached");
            }

            return;
        }

        if (depth > 12)
        {
            differences.Add($"{path}: too deep to compare");
            return;
        }

        // A list is its items, whatever the class that holds them.
        if (live is IEnumerable liveItems and not string && cached is IEnumerable)
        {
            var left = liveItems.Cast<object?>().ToList();
            var right = ((IEnumerable)cached).Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items live, {right.Count} cached");
                return;
            }

            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{Name(left[i]) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", differences, depth + 1);
            }

            return;
        }

        if (live.GetType() != cached.GetType())
        {
            differences.Add($"{path}: a {live.GetType().Name} live, a {cached.GetType().Name} cached");
            return;
        }

        foreach (var property in live.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0))
        {
            // A fix's settings come as data from the cache instead of from its class (compared through
            // FixCatalog.SettingsOf in the test above); live, this is null by definition.
            if (property.DeclaringType == typeof(FixDescriptor) && property.Name == nameof(FixDescriptor.ListedSettings))
            {
                continue;
            }

            Compare(property.GetValue(live), property.GetValue(cached), path + "." + property.Name, differences, depth + 1);
        }
    }

    /// <summary>An item's id or name, to say where a difference is.</summary>
    private static string? Name(object? item) =>
        item?.GetType().GetProperty("Id")?.GetValue(item) as string ?? item?.GetType().GetProperty("Name")?.GetValue(item) as string;
}
