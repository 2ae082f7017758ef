using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Startup;

/// <summary>With the metadata cache warm, commands load only the plugins whose exports they use: <c>list</c> none,
/// <c>explain</c> those with error catalogs, <c>run</c> with selectors those whose checks are selected; and what they
/// print is what a cold start prints.</summary>
[NonParallelizable]
public class MetadataCacheCommandTests
{
    private static readonly string Sample = Path.Combine(TestPaths.Samples, "services-disabled.json");

    private static Dictionary<string, string> CacheIn(TempFolder folder) => new() { ["WUTK_CACHE"] = folder.Combine("cache") };

    [Test]
    public async Task A_warm_list_loads_no_plugin_and_lists_the_same()
    {
        using var temp = new TempFolder();
        var cold = await Support.Cli.RunAsync(["list", "--format", "json", "-v", "detailed"], CacheIn(temp));
        Assert.That(Directory.EnumerateFiles(temp.Combine("cache"), "*.json", SearchOption.AllDirectories), Is.Not.Empty, "the cold run filled the cache");

        var before = LoadContexts.Now();
        var warm = await Support.Cli.RunAsync(["list", "--format", "json", "-v", "detailed"], CacheIn(temp));

        Assert.That(LoadContexts.PluginsLoadedSince(before), Is.Empty);
        Assert.That(warm.ExitCode, Is.EqualTo(cold.ExitCode));
        Assert.That(warm.Output, Is.EqualTo(cold.Output));
        Assert.That(warm.Error, Is.EqualTo(cold.Error));
    }

    [Test]
    public async Task A_warm_list_of_settings_and_selectors_matches_a_cold_one()
    {
        using var temp = new TempFolder();
        string[] args = ["list", "--settings", "disk", "services.*"];
        var cold = await Support.Cli.RunAsync(args, CacheIn(temp));
        var warm = await Support.Cli.RunAsync(args, CacheIn(temp));
        var uncached = await Support.Cli.RunAsync(args);

        Assert.That(warm.Output, Is.EqualTo(uncached.Output));
        Assert.That(cold.Output, Is.EqualTo(uncached.Output));
        Assert.That(warm.Output, Does.Contain("disk.updateFreeGB"));
    }

    [Test]
    public async Task A_warm_explain_loads_only_the_plugins_with_error_catalogs()
    {
        using var temp = new TempFolder();
        var withCatalogs = BundledPlugins().Where(plugin => plugin.ErrorCatalogs.Count > 0).Select(plugin => plugin.Name).ToList();
        var withoutCatalogs = BundledPlugins().Where(plugin => plugin.ErrorCatalogs.Count == 0).Select(plugin => plugin.Name).ToList();
        Assert.That(withCatalogs, Is.Not.Empty);
        var uncached = await Support.Cli.RunAsync("explain", "0x8024402C");
        await Support.Cli.RunAsync(["explain", "0x8024402C"], CacheIn(temp));

        var before = LoadContexts.Now();
        var warm = await Support.Cli.RunAsync(["explain", "0x8024402C"], CacheIn(temp));

        var loaded = LoadContexts.PluginsLoadedSince(before);
        Assert.That(loaded, Is.Not.Empty);
        Assert.That(loaded, Is.SubsetOf(withCatalogs));
        Assert.That(loaded, Has.None.AnyOf(withoutCatalogs.ToArray()));
        Assert.That(warm.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(warm.Output, Is.EqualTo(uncached.Output));
    }

    [Test]
    public async Task A_warm_run_with_selectors_loads_only_the_selected_plugins_and_the_catalogs()
    {
        using var temp = new TempFolder();
        var withCatalogs = BundledPlugins().Where(plugin => plugin.ErrorCatalogs.Count > 0).Select(plugin => plugin.Name).ToList();
        string[] args = ["run", "services.*", "--snapshot", Sample, "--format", "json"];
        var uncached = await Support.Cli.RunAsync(args);
        await Support.Cli.RunAsync(args, CacheIn(temp));

        var before = LoadContexts.Now();
        var warm = await Support.Cli.RunAsync(args, CacheIn(temp));

        var loaded = LoadContexts.PluginsLoadedSince(before);
        Assert.That(loaded, Does.Contain("Services"));
        Assert.That(loaded.Except(withCatalogs), Is.EquivalentTo(new[] { "Services" }));
        Assert.That(warm.ExitCode, Is.EqualTo(uncached.ExitCode));
        Assert.That(Normalized(warm.Output), Is.EqualTo(Normalized(uncached.Output)));
    }

    [Test]
    public async Task A_corrupt_cache_file_is_ignored_and_written_again()
    {
        using var temp = new TempFolder();
        var cold = await Support.Cli.RunAsync(["list"], CacheIn(temp));
        var files = Directory.GetFiles(temp.Combine("cache"), "*.json", SearchOption.AllDirectories);
        await File.WriteAllTextAsync(files[0], "{\"format\":1,\"tool\":");
        await File.WriteAllBytesAsync(files[1], []);

        var repaired = await Support.Cli.RunAsync(["list"], CacheIn(temp));
        Assert.That(repaired.Output, Is.EqualTo(cold.Output));
        Assert.That(repaired.Error, Is.EqualTo(cold.Error));

        var before = LoadContexts.Now();
        var warm = await Support.Cli.RunAsync(["list"], CacheIn(temp));
        Assert.That(LoadContexts.PluginsLoadedSince(before), Is.Empty, "the corrupt files were written again");
        Assert.That(warm.Output, Is.EqualTo(cold.Output));
    }

    [Test]
    public async Task Switched_off_the_cache_writes_nothing()
    {
        using var temp = new TempFolder();
        var result = await Support.Cli.RunAsync(["list"], new Dictionary<string, string> { ["WUTK_CACHE"] = "off" });

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Directory.Exists(temp.Combine("cache")), Is.False);
    }

    private static IReadOnlyList<LoadedPlugin> BundledPlugins() =>
        new PluginLoader(NullLoggerFactory.Instance).LoadAll([new PluginFolder(Path.Combine(TestPaths.HostOutput, "plugins"), PluginOrigin.BuiltIn)]).Plugins;

    /// <summary>The report without what differs between any two runs (times, durations).</summary>
    private static string Normalized(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"(startedUtc|durationMs|runId)\":\\s*[^,}\\]]+", "\"$1\":0");
}
