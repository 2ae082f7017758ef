using System.Text.Json;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Packaging;

/// <summary>
/// The tool as users get it: a clean copy of the repository (what git tracks, nothing else) packed the way a release
/// pipeline does (<c>dotnet pack -c Release</c> from the root) and the way the project alone is packed
/// (<c>dotnet pack src/Host</c>), each package installed with <c>dotnet tool install</c> from a local feed and run
/// from where it was installed, and the plugin template taken from the same packages. The bundled plugins expected are the folders of plugins/, and what each must export
/// is what the built host here loads from it: no list to keep in step. Everything (copy, builds, packages, package
/// caches, installs) stays in one temporary folder; the two packs are made once for the whole class.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public class GlobalToolTests
{
    private const string Version = "1.0.0-packtest";

    private TempFolder temp = null!;
    private string copy = "";
    private string[] bundled = [];
    private ProcessRunner.Result rootPack = null!;
    private ProcessRunner.Result hostPack = null!;

    private string RootFeed => temp.Combine("feed-root");

    private string HostFeed => temp.Combine("feed-host");

    [OneTimeSetUp]
    public async Task Pack_a_clean_copy_both_ways()
    {
        temp = new TempFolder();
        copy = await CleanCopy.MakeAsync(TestPaths.RepoRoot, temp.Combine("repo"));
        bundled = BundledPlugins(copy);
        Assert.That(bundled, Is.Not.Empty, "plugins/ holds the bundled plugins");

        // The pipeline's way first, on a copy nothing was built in: that is how plugins once went missing.
        rootPack = await DotnetAsync(["pack", "-c", "Release", "-o", RootFeed, $"-p:Version={Version}"]);
        hostPack = await DotnetAsync(["pack", "src/Host", "-c", "Release", "-o", HostFeed, $"-p:Version={Version}"]);
    }

    [OneTimeTearDown]
    public void Remove_the_temporary_folder() => temp.Dispose();

    [Test]
    public async Task Packed_from_the_root_the_installed_tool_has_every_bundled_plugin()
    {
        Assert.That(rootPack.ExitCode, Is.Zero, rootPack.ToString());

        var wutk = await InstallAsync(RootFeed, "root");

        await AssertEveryBundledPluginAsync(wutk);

        // The installed tool explains codes from its bundled catalogs, whose texts are embedded resources.
        var explain = await ProcessRunner.RunAsync(wutk, ["explain", "0x8024402C"], temp.Path);
        Assert.That(explain.ExitCode, Is.Zero, explain.ToString());
        Assert.That(explain.Output, Does.Contain("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED").And.Contain("network.proxy"));

        // The installed tool runs a snapshot diagnosis too, with its built-in plugins.
        var sample = Directory.EnumerateFiles(Path.Combine(copy, "samples", "snapshots"), "*.json").Order(StringComparer.Ordinal).First();
        var run = await ProcessRunner.RunAsync(wutk, ["run", "--snapshot", sample], temp.Path);
        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.ToString());
        Assert.That(run.Output, Does.Contain("wutk.plugins"));

        // Japanese travels with the tool: the host's satellite, and each bundled plugin's that has a translation.
        var japanese = await ProcessRunner.RunAsync(wutk, ["run", "--lang", "ja", "--snapshot", sample], temp.Path);
        Assert.That(japanese.Output, Does.Contain(Localization.Japanese.Host("ColumnFinding")), japanese.ToString());
        var installed = Directory.GetFiles(temp.Combine("tools-root"), "*.resources.dll", SearchOption.AllDirectories)
            .Select(file => file.Replace('\\', '/'))
            .ToList();
        Assert.That(installed.Where(file => file.EndsWith("/ja/wutk.resources.dll", StringComparison.Ordinal)), Is.Not.Empty, "the host's Japanese satellite");
        foreach (var plugin in bundled.Where(plugin => Directory.EnumerateFiles(Path.Combine(copy, "plugins", plugin), "*.ja.resx", SearchOption.AllDirectories).Any()))
        {
            Assert.That(installed.Where(file => file.EndsWith($"/plugins/{plugin}/ja/{plugin}.resources.dll", StringComparison.Ordinal)), Is.Not.Empty, $"{plugin}'s Japanese satellite");
        }
    }

    [Test]
    public async Task Packed_from_src_Host_the_installed_tool_has_every_bundled_plugin()
    {
        Assert.That(hostPack.ExitCode, Is.Zero, hostPack.ToString());

        var wutk = await InstallAsync(HostFeed, "host");

        await AssertEveryBundledPluginAsync(wutk);

        // The installed tool starts itself again for an isolated plugin (from its shim, its package folder holding no app host).
        var plugins = Directory.CreateDirectory(temp.Combine("isolated-plugins")).FullName;
        Plugins.FixturePlugins.DropAsFolder("ReleasedSdk", plugins);
        var isolated = await ProcessRunner.RunAsync(wutk, ["run", "releasedsdk", "--plugins", plugins, "--isolate", "--format", "json"], temp.Path);
        // The fixture also carries an SDK 1.0 log rule, which a plugin in a child process cannot offer: the run says so,
        // and is incomplete (3) for that alone.
        Assert.That(isolated.ExitCode, Is.EqualTo(3), isolated.ToString());
        Assert.That(isolated.Output, Does.Contain("built against SDK 1.0 and still runs").And.Contain("log rule(s) are not used"));
    }

    [Test]
    public void Packing_the_solution_makes_the_tool_the_libraries_and_the_templates_and_nothing_else()
    {
        Assert.That(rootPack.ExitCode, Is.Zero, rootPack.ToString());

        var packages = Directory.GetFiles(RootFeed, "*.nupkg").Select(Path.GetFileName).ToList();

        // Plugins travel inside the tool; tests, fixtures, samples, the benchmark and the template's content are no
        // packages at all.
        Assert.That(packages, Is.EquivalentTo(new[] { "wutk", "WuToolkit.Abstractions", "WuToolkit.Snapshots", "WuToolkit.Logs", "WuToolkit.Fixing", "WuToolkit.Testing", "WuToolkit.Templates" }
            .Select(id => $"{id}.{Version}.nupkg")));
    }

    /// <summary>
    /// What a plugin author does, from the packages a release makes: install the template (into a template hive of its
    /// own, so nothing is installed for the user), create a plugin, build it and run its tests against those packages
    /// (a feed of them added to the machine's package sources, restored into a package folder of its own with the
    /// machine's as a read-only fallback), then drop its build output into a plugins folder and find its check in
    /// <c>wutk list</c> and <c>wutk run</c> of the built host, its declared setting honoured.
    /// </summary>
    [Test]
    public async Task The_plugin_template_makes_a_plugin_whose_tests_pass_and_whose_check_wutk_lists_and_runs()
    {
        Assert.That(rootPack.ExitCode, Is.Zero, rootPack.ToString());
        const string Name = "Contoso.Sample";
        const string Check = "contoso.sample.free-space";
        var work = Directory.CreateDirectory(temp.Combine("template")).FullName;
        var hive = temp.Combine("template-hive");
        await File.WriteAllTextAsync(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="wutk-local" value="{RootFeed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{temp.Combine("template-packages")}" />
              </config>
              <fallbackPackageFolders>
                <add key="machine" value="{await MachinePackageFolderAsync()}" />
              </fallbackPackageFolders>
            </configuration>
            """);

        var install = await DotnetAsync(work, ["new", "install", Path.Combine(RootFeed, $"WuToolkit.Templates.{Version}.nupkg"), "--debug:custom-hive", hive]);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        var create = await DotnetAsync(work, ["new", "wutk-plugin", "-n", Name, "--debug:custom-hive", hive]);
        Assert.That(create.ExitCode, Is.Zero, create.ToString());
        var test = await DotnetAsync(work, ["test", Path.Combine(Name, Name + ".slnx")]);
        Assert.That(test.ExitCode, Is.Zero, test.ToString());
        Assert.That(test.Output, Does.Contain("Passed!"), test.ToString());
        Assert.That(Directory.GetDirectories(temp.Combine("template-packages")).Select(Path.GetFileName),
            Is.SupersetOf(new[] { "wutoolkit.abstractions", "wutoolkit.testing" }), "the WuToolkit packages of this build, not others");

        var plugins = temp.Combine("template-plugins");
        var built = Path.Combine(work, Name, "src", Name, "bin", "Debug", "net10.0");
        var folder = Directory.CreateDirectory(Path.Combine(plugins, Name)).FullName;
        foreach (var file in Directory.GetFiles(built))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        Assert.That(File.Exists(Path.Combine(folder, "WuToolkit.Abstractions.dll")), Is.False, "the SDK is wutk's to provide");
        var list = await Support.Cli.RunAsync("list", "--plugins", plugins, "--format", "json");
        Assert.That(list.ExitCode, Is.Zero, list.Error);
        Assert.That(ChecksOf(list.Output, Name), Is.EqualTo(new[] { Check }), list.Output);
        Assert.That(list.Error, Does.Not.Contain("warning"));

        var pass = await Support.Cli.RunAsync("run", Name, "--plugins", plugins, "--set", "contoso.sample.minimumFreeGB=0", "--format", "json");
        var warn = await Support.Cli.RunAsync("run", Check, "--plugins", plugins, "--set", "contoso.sample.minimumFreeGB=100000", "--format", "json");
        Assert.That(RunStatuses(pass.Output), Is.EqualTo(new[] { $"{Check}:pass" }), pass.Output + pass.Error);
        Assert.That(RunStatuses(warn.Output), Is.EqualTo(new[] { $"{Check}:warn" }), warn.Output + warn.Error);
    }

    [Test]
    public async Task A_bundled_plugin_without_its_output_fails_the_pack_with_its_name_and_no_package_is_made()
    {
        Assert.That(rootPack.ExitCode, Is.Zero, rootPack.ToString());
        var plugin = bundled[^1];
        var assembly = Path.Combine(copy, "plugins", plugin, "bin", "Release", "net10.0", plugin + ".dll");
        Assert.That(File.Exists(assembly), Is.True, assembly);
        var feed = temp.Combine("feed-broken");

        File.Move(assembly, assembly + ".aside");
        ProcessRunner.Result pack;
        try
        {
            // A pipeline that builds once and packs with --no-build, and a plugin's output lost in between.
            pack = await DotnetAsync(["pack", "-c", "Release", "--no-build", "-o", feed, $"-p:Version={Version}"]);
        }
        finally
        {
            File.Move(assembly + ".aside", assembly);
        }

        Assert.That(pack.ExitCode, Is.Not.Zero, pack.ToString());
        Assert.That(pack.Output, Does.Contain($"error WUTK0002: The bundled plugin '{plugin}' has no build output"), pack.ToString());
        Assert.That(Directory.Exists(feed) ? Directory.GetFiles(feed, "wutk.*.nupkg") : [], Is.Empty, "no smaller package");
    }

    /// <summary>Every plugins/&lt;Name&gt;/&lt;Name&gt;.csproj of the repository, by name.</summary>
    private static string[] BundledPlugins(string repository) =>
        [.. Directory.GetDirectories(Path.Combine(repository, "plugins"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => File.Exists(Path.Combine(repository, "plugins", name, name + ".csproj")))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The installed tool loads every bundled plugin with what the host built here loads from it (its checks, fixes,
    /// catalogs and rules, compared by id), without a problem, and lists every bundled check.
    /// </summary>
    private async Task AssertEveryBundledPluginAsync(string wutk)
    {
        var installed = await ProcessRunner.RunAsync(wutk, ["plugins", "--format", "json"], temp.Path);
        var built = await Support.Cli.RunAsync("plugins", "--format", "json");
        Assert.That(installed.ExitCode, Is.Zero, installed.ToString());
        Assert.That(built.ExitCode, Is.Zero, built.Error);

        var installedExports = BuiltInExports(installed.Output);
        var builtExports = BuiltInExports(built.Output);
        Assert.That(installedExports.Keys, Is.EquivalentTo(bundled), installed.Output);
        foreach (var plugin in bundled)
        {
            Assert.That(builtExports[plugin], Is.Not.Empty, $"{plugin} exports something");
            Assert.That(installedExports[plugin], Is.EqualTo(builtExports[plugin]), plugin);
        }

        using (var document = JsonDocument.Parse(installed.Output))
        {
            var problems = document.RootElement.GetProperty("problems").EnumerateArray()
                .Where(problem => bundled.Contains(problem.GetProperty("plugin").GetString()))
                .Select(problem => problem.ToString());
            Assert.That(problems, Is.Empty);
        }

        var list = await ProcessRunner.RunAsync(wutk, ["list", "--format", "json"], temp.Path);
        var builtList = await Support.Cli.RunAsync("list", "--format", "json");
        Assert.That(list.ExitCode, Is.Zero, list.ToString());
        Assert.That(BundledChecks(list.Output), Is.EquivalentTo(BundledChecks(builtList.Output)).And.Not.Empty, list.Output);
    }

    /// <summary>For each built-in plugin of a <c>wutk plugins --format json</c> document, its exports as "kind:id".</summary>
    private static Dictionary<string, string[]> BuiltInExports(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("plugins").EnumerateArray()
            .Where(plugin => plugin.GetProperty("origin").GetString() == "builtIn")
            .ToDictionary(
                plugin => plugin.GetProperty("name").GetString()!,
                plugin => new[] { "checks", "fixes", "errorCatalogs", "logRules" }
                    .SelectMany(kind => plugin.GetProperty(kind).EnumerateArray().Select(id => $"{kind}:{id.GetString()}"))
                    .Order(StringComparer.Ordinal)
                    .ToArray(),
                StringComparer.Ordinal);
    }

    private string[] BundledChecks(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("checks").EnumerateArray()
            .Where(check => bundled.Contains(check.GetProperty("plugin").GetString()))
            .Select(check => check.GetProperty("id").GetString()!)];
    }

    private Task<ProcessRunner.Result> DotnetAsync(string[] arguments) => DotnetAsync(copy, arguments);

    private static Task<ProcessRunner.Result> DotnetAsync(string folder, string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, folder, new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // No build nodes left running after the test.
            ["MSBUILDDISABLENODEREUSE"] = "1",
        });

    /// <summary>The machine's own package folder, where the packages it already has are.</summary>
    private async Task<string> MachinePackageFolderAsync()
    {
        var locals = await DotnetAsync(temp.Path, ["nuget", "locals", "global-packages", "--list"]);
        Assert.That(locals.ExitCode, Is.Zero, locals.ToString());
        return locals.Output.Trim()[(locals.Output.Trim().IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string[] ChecksOf(string listJson, string plugin)
    {
        using var document = JsonDocument.Parse(listJson);
        return [.. document.RootElement.GetProperty("checks").EnumerateArray()
            .Where(check => check.GetProperty("plugin").GetString() == plugin)
            .Select(check => check.GetProperty("id").GetString()!)];
    }

    private static string[] RunStatuses(string runJson)
    {
        using var document = JsonDocument.Parse(runJson);
        return [.. document.RootElement.GetProperty("results").EnumerateArray()
            .Select(result => $"{result.GetProperty("id").GetString()}:{result.GetProperty("status").GetString()}")];
    }

    /// <summary>Installs wutk from one local feed only, with a package cache of its own, and gives the command's path.</summary>
    private async Task<string> InstallAsync(string feed, string name)
    {
        var config = temp.Combine($"nuget-{name}.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = temp.Combine($"tools-{name}");
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine($"packages-{name}"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        var install = await ProcessRunner.RunAsync(
            "dotnet",
            ["tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "--version", Version, "wutk"],
            temp.Path,
            isolated);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "wutk.exe" : "wutk");
    }
}
