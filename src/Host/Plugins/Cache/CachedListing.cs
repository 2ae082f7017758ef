using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Isolation;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>A loaded plugin into what the cache keeps, and back into a plugin whose exports load it when first created.
/// Every member of the metadata comes back as the plugin declared it (a test compares a listing from the cache with a
/// live one member by member), except the classes that declare settings: those live in the plugin, which is not
/// loaded, so only whether there is one is kept, and the settings themselves are kept as data.</summary>
internal static class CachedListing
{
    public static CachedPlugin From(LoadedPlugin plugin, IEnumerable<string> problems) => new(
        plugin.Name,
        plugin.Version,
        plugin.SdkVersion?.ToString(2),
        [.. plugin.Checks.Select(check => new CachedCheck(
            check.Id,
            check.Metadata.Title,
            check.Metadata.Scenario,
            check.Metadata.NeedsElevation,
            check.Metadata.Tags ?? [],
            check.Metadata.Description,
            check.Metadata.Deep,
            check.Metadata.Settings is not null,
            [.. check.Settings.Select(ListingTranslation.ToData)]))],
        [.. plugin.Fixes.Select(fix => new CachedFix(
            fix.Id,
            fix.Metadata.Title,
            fix.Metadata.Scenario,
            fix.Metadata.NeedsElevation,
            fix.Metadata.Description,
            fix.Metadata.Addresses ?? [],
            fix.Metadata.Impact,
            fix.Metadata.UndoFixId,
            fix.Metadata.Settings is not null,
            [.. Fixes.FixCatalog.SettingsOf(fix).Select(ListingTranslation.ToData)]))],
        [.. plugin.ErrorCatalogs.Select(catalog => new CachedExport(catalog.Id, catalog.Metadata.Title))],
        [.. plugin.LogRules.Select(rule => new CachedRule(rule.Id, rule.Metadata.Title, rule.Kinds, rule.Markers))],
        [.. problems]);

    public static LoadedPlugin ToPlugin(CachedPlugin cached, PluginCandidate candidate, DeferredPlugin deferred)
    {
        var name = candidate.Name;
        var checks = cached.Checks.Select(check => new CheckDescriptor(
            name,
            new CheckMetadata
            {
                Id = check.Id,
                Title = check.Title,
                Scenario = check.Scenario,
                NeedsElevation = check.NeedsElevation,
                Tags = [.. check.Tags],
                Description = check.Description,
                Deep = check.Deep,

                // Only whether the check names a class of settings is read from here: the settings themselves are below.
                Settings = check.DeclaresSettings ? typeof(SettingsListedInCache) : null,
            },
            () => deferred.Export(plugin => plugin.Checks, d => d.Id, check.Id).Create())
        {
            Settings = [.. check.Settings.Select(ListingTranslation.FromData).OfType<Abstractions.Setting>()],
        }).ToList();
        var fixes = cached.Fixes.Select(fix => new FixDescriptor(
            name,
            new FixMetadata
            {
                Id = fix.Id,
                Title = fix.Title,
                Scenario = fix.Scenario,
                NeedsElevation = fix.NeedsElevation,
                Description = fix.Description,
                Addresses = [.. fix.Addresses],
                Impact = fix.Impact,
                UndoFixId = fix.UndoFixId,
                Settings = fix.DeclaresSettings ? typeof(SettingsListedInCache) : null,
            },
            () => deferred.Export(plugin => plugin.Fixes, d => d.Id, fix.Id).Create())
        {
            ListedSettings = [.. fix.Settings.Select(ListingTranslation.FromData).OfType<Abstractions.Setting>()],
        }).ToList();
        var catalogs = cached.ErrorCatalogs.Select(catalog => new ErrorCatalogDescriptor(
            name,
            new ErrorCatalogMetadata { Id = catalog.Id, Title = catalog.Title },
            () => deferred.Export(plugin => plugin.ErrorCatalogs, d => d.Id, catalog.Id).Create())).ToList();
        var rules = cached.LogRules.Select(rule => new LogRuleDescriptor(
            name,
            new LogRuleMetadata { Id = rule.Id, Title = rule.Title, Kinds = [.. rule.Kinds], Markers = [.. rule.Markers] },
            () => deferred.Export(plugin => plugin.LogRules, d => d.Id, rule.Id).Create())).ToList();
        return new LoadedPlugin(cached.Name, cached.Version, candidate, checks, fixes, catalogs, rules)
        {
            SdkVersion = cached.SdkVersion is null ? null : SdkVersions.MajorMinor(cached.SdkVersion),
        };
    }

    /// <summary>Stands for a check's or fix's class of settings in a listing from the cache, which says only that there is one.</summary>
    private static class SettingsListedInCache;
}
