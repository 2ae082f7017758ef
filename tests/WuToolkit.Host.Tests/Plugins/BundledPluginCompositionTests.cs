using WuToolkit.Abstractions.Logs;
using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>
/// Every part of every bundled plugin is composable: loaded through the real loader from the built host's plugins
/// folder, each exported check, fix and error-code catalog can be created (a missing [ImportingConstructor] or a
/// constructor that throws shows here, not on a user's PC) and has valid metadata. <c>wutk list</c> never creates a
/// check, so nothing else would notice.
/// </summary>
public class BundledPluginCompositionTests
{
    // The loader's own rule for ids, restated so that a loosened loader does not loosen this test.
    private const string IdPattern = "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$";

    private static readonly Lazy<PluginCatalog> Catalog = new(() =>
        new PluginLoader(NullLoggerFactory.Instance).LoadAll([new PluginFolder(BundledFolder, PluginOrigin.BuiltIn)]));

    private static string BundledFolder => Path.Combine(TestPaths.HostOutput, "plugins");

    public static IEnumerable<string> BundledPlugins() =>
        Directory.EnumerateDirectories(BundledFolder).Select(folder => Path.GetFileName(folder)).Order(StringComparer.Ordinal);

    [Test]
    public void The_built_host_bundles_plugins_and_loads_all_without_problems()
    {
        Assert.That(BundledPlugins(), Does.Contain("Disk"));
        Assert.That(Catalog.Value.Problems.Select(problem => problem.Message), Is.Empty);
        Assert.That(Catalog.Value.Plugins.Select(plugin => plugin.Name), Is.EquivalentTo(BundledPlugins()));
    }

    [TestCaseSource(nameof(BundledPlugins))]
    public void Every_plugin_exports_something(string name)
    {
        // Not necessarily checks: a plugin may bring only knowledge, such as error-code catalogs.
        var plugin = Catalog.Value.Plugins.Single(p => p.Name == name);
        Assert.That(plugin.Checks.Count + plugin.Fixes.Count + plugin.ErrorCatalogs.Count + plugin.LogRules.Count, Is.Positive, $"{name} exports nothing");
    }

    [TestCaseSource(nameof(BundledPlugins))]
    public void Every_check_can_be_created_and_has_valid_metadata(string name)
    {
        var plugin = Catalog.Value.Plugins.Single(p => p.Name == name);
        foreach (var check in plugin.Checks)
        {
            Assert.That(check.Create, Throws.Nothing, check.Id);
            Assert.That(check.Create(), Is.Not.Null, check.Id);
            AssertValid(name, check.Id, check.Metadata.Title, check.Metadata.Scenario);
            Assert.That(check.Metadata.Tags, Is.Not.Null.And.All.Not.Empty, check.Id);
        }
    }

    [TestCaseSource(nameof(BundledPlugins))]
    public void Every_fix_can_be_created_and_has_valid_metadata(string name)
    {
        var plugin = Catalog.Value.Plugins.Single(p => p.Name == name);
        foreach (var fix in plugin.Fixes)
        {
            Assert.That(fix.Create, Throws.Nothing, fix.Id);
            Assert.That(fix.Create(), Is.Not.Null, fix.Id);
            AssertValid(name, fix.Id, fix.Metadata.Title, fix.Metadata.Scenario);
        }
    }

    [TestCaseSource(nameof(BundledPlugins))]
    public void Every_error_catalog_can_be_created_and_has_codes(string name)
    {
        var plugin = Catalog.Value.Plugins.Single(p => p.Name == name);
        foreach (var catalog in plugin.ErrorCatalogs)
        {
            Assert.That(catalog.Create, Throws.Nothing, catalog.Id);
            Assert.That(catalog.Create().Codes, Is.Not.Empty.And.All.Not.Null, catalog.Id);
            // Catalog ids name what they cover (codes.windows-update), not the plugin: several plugins may add codes.
            Assert.That(catalog.Id, Does.Match(IdPattern));
            Assert.That(catalog.Metadata.Title, Is.Not.Null.And.Not.Empty.And.Not.EqualTo(catalog.Id), catalog.Id);
        }
    }

    [TestCaseSource(nameof(BundledPlugins))]
    public void Every_log_rule_can_be_created_fresh_and_has_valid_metadata(string name)
    {
        var plugin = Catalog.Value.Plugins.Single(p => p.Name == name);
        foreach (var rule in plugin.LogRules)
        {
            Assert.That(rule.Id, Does.Match(IdPattern));
            Assert.That(rule.Metadata.Title, Is.Not.Null.And.Not.Empty.And.Not.EqualTo(rule.Id), rule.Id);
            Assert.That(rule.Metadata.Kinds, Is.Not.Empty.And.All.Not.EqualTo(LogKind.Unknown), rule.Id);
            var first = rule.Create();
            Assert.That(rule.Create(), Is.Not.SameAs(first), $"{rule.Id}: a fresh instance per file");
        }
    }

    [Test]
    public void The_log_library_finds_the_rules_the_host_composes()
    {
        // What a benchmark or a rule author uses without the plugin loader must be what wutk runs.
        var logs = Catalog.Value.Plugins.Single(p => p.Name == "Logs");
        var found = WuToolkit.Logs.Analysis.LogRuleFactory.FromAssembly(logs.LogRules[0].Create().GetType().Assembly);

        Assert.That(logs.LogRules, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(
            found.Select(rule => (rule.Id, string.Join(",", rule.Kinds))),
            Is.EquivalentTo(logs.LogRules.Select(rule => (rule.Id, string.Join(",", rule.Kinds)))));
    }

    private static void AssertValid(string plugin, string id, string title, Scenario scenario)
    {
        // Ids start with the plugin's name, so that two vendors' plugins cannot clash by accident.
        Assert.That(id, Does.Match(IdPattern).And.StartWith(plugin.ToLowerInvariant() + "."));
        Assert.That(title, Is.Not.Null.And.Not.Empty.And.Not.EqualTo(id), id);
        Assert.That(scenario, Is.AnyOf(Scenario.Update, Scenario.Upgrade, Scenario.Both), id);
    }
}
