using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Packaging;

/// <summary>
/// The tool as users get it: packed, installed with <c>dotnet tool install</c>, run from where it was installed.
/// Everything (build output, package, package cache, install) stays in one temporary folder.
/// </summary>
[NonParallelizable]
public class GlobalToolTests
{
    private static readonly string[] BundledPlugins = ["Cache", "Catalog", "CleanBoot", "Disk", "ErrorCodes", "Network", "Services", "Upgrade"];

    /// <summary>Plugins without checks, which <c>wutk list</c> (a list of checks) does not name.</summary>
    private static readonly string[] KnowledgeOnlyPlugins = ["ErrorCodes"];

    [Test]
    public async Task The_packed_tool_installs_and_lists_all_bundled_plugins()
    {
        using var temp = new TempFolder();
        var feed = temp.Combine("feed");
        var version = "1.0.0-packtest";

        var pack = await ProcessRunner.RunAsync(
            "dotnet",
            ["pack", Path.Combine(TestPaths.RepoRoot, "src", "Host", "WuToolkit.Host.csproj"), "-c", "Release",
             "--artifacts-path", temp.Combine("artifacts"), "-o", feed, $"-p:Version={version}"],
            TestPaths.RepoRoot);
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        Assert.That(File.Exists(Path.Combine(feed, $"wutk.{version}.nupkg")), pack.ToString());

        // Only the local feed: installing must not depend on any other source.
        var config = temp.Combine("nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = temp.Combine("tools");
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine("packages"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        var install = await ProcessRunner.RunAsync(
            "dotnet",
            ["tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "--version", version, "wutk"],
            temp.Path,
            isolated);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        var wutk = Path.Combine(tools, OperatingSystem.IsWindows() ? "wutk.exe" : "wutk");
        var list = await ProcessRunner.RunAsync(wutk, ["list"], temp.Path, new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        Assert.That(list.ExitCode, Is.Zero, list.ToString());
        Assert.That(list.Error, Is.Empty, "no plugin problems: " + list.Error);
        foreach (var plugin in BundledPlugins.Except(KnowledgeOnlyPlugins))
        {
            Assert.That(list.Output, Does.Contain(plugin), list.Output);
        }

        Assert.That(list.Output, Does.Contain("disk.upgrade-space"));
        var plugins = await ProcessRunner.RunAsync(wutk, ["plugins", "--format", "json"], temp.Path);
        Assert.That(plugins.ExitCode, Is.Zero, plugins.ToString());
        foreach (var plugin in BundledPlugins)
        {
            Assert.That(plugins.Output, Does.Contain($"\"name\": \"{plugin}\""));
        }

        // The installed tool explains codes from its bundled catalogs, whose texts are embedded resources.
        var explain = await ProcessRunner.RunAsync(wutk, ["explain", "0x8024402C"], temp.Path);
        Assert.That(explain.ExitCode, Is.Zero, explain.ToString());
        Assert.That(explain.Output, Does.Contain("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED").And.Contain("network.proxy"));

        // The installed tool runs a snapshot diagnosis too, with its built-in plugins.
        var sample = Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal).First();
        var run = await ProcessRunner.RunAsync(wutk, ["run", "--snapshot", sample], temp.Path);
        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.ToString());
        Assert.That(run.Output, Does.Contain("wutk.plugins"));
    }
}
