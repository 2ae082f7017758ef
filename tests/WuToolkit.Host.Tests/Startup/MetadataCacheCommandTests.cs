using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Cache;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Tests.Startup;

/// <summary>With the metadata cache warm, commands load only the plugins whose exports they use: <c>list</c> none,
/// <c>explain</c> those with error catalogs, <c>logs</c> those with log rules, <c>run</c> with selectors those whose
/// checks are selected; and what they print is what a cold start prints.</summary>
[NonParallelizable]
public class MetadataCacheCommandTests
{
    private static readonly string Sample = Path.Combine(TestPaths.Samples, "services-disabled.json");

    // A CBS session that failed (a rule with markers finds it) and a DISM session that could not find its source.
    private const string Cbs = """
        2026-11-20 09:10:00, Info                  CBS    Starting TrustedInstaller initialization.
        2026-11-20 09:10:01, Info                  CBS    Ending TrustedInstaller initialization.
        2026-11-20 09:12:40, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]
        2026-11-20 09:12:41, Info                  CBS    Exec: Processing complete.  Session: 31111111_1111111111, Package: Package_for_KB5000000~31bf3856ad364e35~amd64~~10.0.1.0 [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]
        """;

    private const string Dism = """
        2026-11-20 08:00:01, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->
        2026-11-20 08:00:05, Error                 DISM   DISM Package Manager: PID=4212 TID=4400 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)
        """;

    private static Dictionary<string, string> CacheIn(TempFolder folder) => new() { ["WUTK_CACHE"] = folder.Combine("cache") };

    private static async Task<string> WriteLogsAsync(TempFolder temp, string name, string text)
    {
        var path = temp.Combine(name);
        await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\r\n"));
        return path;
    }

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
    public async Task A_warm_logs_analyze_loads_only_the_plugins_with_log_rules_and_finds_the_same()
    {
        using var temp = new TempFolder();
        var withRules = BundledPlugins().Where(plugin => plugin.LogRules.Count > 0).Select(plugin => plugin.Name).ToList();
        var withoutRules = BundledPlugins().Where(plugin => plugin.LogRules.Count == 0).Select(plugin => plugin.Name).ToList();
        Assert.That(withRules, Is.Not.Empty);
        string[] args = ["logs", "analyze", await WriteLogsAsync(temp, "CBS.log", Cbs), await WriteLogsAsync(temp, "dism.log", Dism), "--format", "json"];
        var uncached = await Support.Cli.RunAsync(args, new Dictionary<string, string> { ["WUTK_CACHE"] = "off" });
        await Support.Cli.RunAsync(args, CacheIn(temp));

        var before = LoadContexts.Now();
        var warm = await Support.Cli.RunAsync(args, CacheIn(temp));

        var loaded = LoadContexts.PluginsLoadedSince(before);
        Assert.That(loaded, Is.Not.Empty);
        Assert.That(loaded, Is.SubsetOf(withRules));
        Assert.That(loaded, Has.None.AnyOf(withoutRules.ToArray()));
        Assert.That(uncached.ExitCode, Is.EqualTo(ExitCodes.IssueFound), uncached.Error);
        Assert.That(warm.ExitCode, Is.EqualTo(uncached.ExitCode));
        Assert.That(warm.Output, Does.Contain("0x800F0922").And.Contain("0x800F081F"));
        Assert.That(Normalized(warm.Output), Is.EqualTo(Normalized(uncached.Output)));
        Assert.That(warm.Error, Is.EqualTo(uncached.Error));
    }

    [Test]
    public void Log_rules_from_a_warm_cache_have_their_markers_so_the_prefilter_stays_on()
    {
        using var temp = new TempFolder();
        var folders = new[] { new PluginFolder(Path.Combine(TestPaths.HostOutput, "plugins"), PluginOrigin.BuiltIn) };
        var uncached = BundledPlugins().SelectMany(plugin => plugin.LogRules).ToList();
        var cache = new PluginMetadataCache(temp.Combine("cache"), HostSession.ToolVersion);
        new PluginLoader(NullLoggerFactory.Instance) { Cache = cache }.LoadAll(folders);

        // What `wutk logs analyze` hands the analyzer: the catalog's log rules, here as a warm start lists them.
        var warm = new PluginLoader(NullLoggerFactory.Instance) { Cache = cache }.LoadAll(folders).LogRules.ToList();

        Assert.That(warm.Select(rule => rule.Id), Is.EqualTo(uncached.Select(rule => rule.Id)));
        Assert.That(uncached.Where(rule => rule.Markers.Count > 0), Is.Not.Empty, "bundled rules declare markers");
        foreach (var (live, listed) in uncached.Zip(warm))
        {
            Assert.That(listed.Markers, Is.EqualTo(live.Markers), live.Id);
            Assert.That(listed.Kinds, Is.EqualTo(live.Kinds), live.Id);
        }

        var filtered = 0;
        foreach (var kind in Enum.GetValues<LogKind>())
        {
            var live = RulePrefilter.For([.. uncached], kind);
            Assert.That(RulePrefilter.For([.. warm], kind) is null, Is.EqualTo(live is null), $"the prefilter for {kind}");
            filtered += live is null ? 0 : 1;
        }

        Assert.That(filtered, Is.GreaterThan(0), "the bundled rules filter at least one kind of log");
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
