using WuToolkit.Abstractions;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Configuration;

/// <summary>
/// The values given with <c>--set</c>, checked against the settings the loaded plugins declare before anything runs:
/// an unknown key or a value a setting does not accept is a usage error naming what would be right. A plugin that
/// records no SDK version and declares nothing was built before settings could be declared: its keys (those starting
/// with the first word of its check ids) pass unchecked, with a warning.
/// </summary>
public static class SettingsCheck
{
    /// <summary>What was wrong with the given settings: errors stop the run, warnings are said and it goes on.</summary>
    public sealed record Verdict(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

    /// <summary>Every declared setting, by key (the first declaration of a key wins), in key order.</summary>
    public static IReadOnlyList<(Setting Setting, string Plugin)> Declared(PluginCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Declared(catalog.Checks);
    }

    /// <summary>The settings <paramref name="checks"/> declare, by key, in key order.</summary>
    public static IReadOnlyList<(Setting Setting, string Plugin)> Declared(IEnumerable<CheckDescriptor> checks) =>
        ByKey(checks.SelectMany(check => check.Settings.Select(setting => (setting, check.Plugin))));

    /// <summary>The settings <paramref name="fixes"/> declare (<c>wutk fix --set</c>), by key, in key order.</summary>
    public static IReadOnlyList<(Setting Setting, string Plugin)> Declared(IEnumerable<FixDescriptor> fixes) =>
        ByKey(fixes.SelectMany(fix => FixCatalog.SettingsOf(fix).Select(setting => (setting, fix.Plugin))));

    private static List<(Setting Setting, string Plugin)> ByKey(IEnumerable<(Setting Setting, string Plugin)> declared) =>
        declared
            .DistinctBy(pair => pair.Setting.Key, StringComparer.OrdinalIgnoreCase)
            .OrderBy(pair => pair.Setting.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The kind of a setting as JSON names it: <c>number</c>, <c>text</c> or <c>urlList</c>.</summary>
    public static string KindName(Setting setting) => setting switch
    {
        NumberSetting => "number",
        UrlListSetting => "urlList",
        _ => "text",
    };

    public static Verdict Check(KeyValueSettings given, PluginCatalog catalog) => Check(given, catalog, []);

    /// <summary>The same, with settings declared elsewhere than by checks too (the fixes' own, for <c>wutk fix</c>).</summary>
    public static Verdict Check(KeyValueSettings given, PluginCatalog catalog, IEnumerable<(Setting Setting, string Plugin)> alsoDeclared)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(alsoDeclared);
        var declared = Declared(catalog).Concat(alsoDeclared)
            .DistinctBy(pair => pair.Setting.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(pair => pair.Setting.Key, pair => pair.Setting, StringComparer.OrdinalIgnoreCase);
        var undeclaring = catalog.Plugins
            .Where(plugin => plugin.SdkVersion is null && plugin.Checks.All(check => check.Metadata.Settings is null))
            .SelectMany(plugin => plugin.Checks.Select(check => (Prefix: check.Id.Split('.')[0], Plugin: plugin.Name)))
            .DistinctBy(pair => pair.Prefix, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(pair => pair.Prefix, pair => pair.Plugin, StringComparer.OrdinalIgnoreCase);

        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (var (key, value) in given.Values.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (declared.TryGetValue(key, out var setting))
            {
                if (!setting.Accepts(value))
                {
                    errors.Add(Strings.FormatSettingRefused(key, value, SettingExpectation.Describe(setting)));
                }
            }
            else if (undeclaring.TryGetValue(key.Split('.')[0], out var plugin))
            {
                warnings.Add(Strings.FormatSettingNotDeclared(key, plugin));
            }
            else
            {
                errors.Add(declared.Count == 0
                    ? Strings.FormatSettingUnknownNoneKnown(key)
                    : Strings.FormatSettingUnknown(key, string.Join(", ", declared.Keys.Order(StringComparer.OrdinalIgnoreCase))));
            }
        }

        return new Verdict(errors, warnings);
    }
}
