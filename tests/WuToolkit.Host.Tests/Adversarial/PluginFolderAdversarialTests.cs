using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Adversarial.Generators;
using WuToolkit.Host.Tests.Adversarial.Support;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial;

/// <summary>
/// Generated plugins folders full of what is no plugin (<see cref="HostilePluginFolders"/>) given to <c>wutk
/// plugins</c> and <c>wutk run --snapshot</c>: the bundled plugins still load and their checks still run, the exit code
/// is 0 (nothing wrong) or 3 (a plugin did not load), each problem is one warning line on standard error and one entry
/// in the JSON, and nothing is written in the folder.
/// </summary>
[NonParallelizable]
public class PluginFolderAdversarialTests
{
    private static readonly string Healthy = Path.Combine(TestPaths.Samples, "healthy-desktop.json");

    [Test]
    public Task Plugins_and_run_hold_on_generated_plugins_folders() =>
        Property.ForAllAsync("plugin-folders.cli", HostilePluginFolders.Any, RunOneAsync, cases: 10, folder => folder.ToString());

    [Test]
    [Category("Slow")]
    public Task Plugins_and_run_hold_on_many_more_generated_plugins_folders() =>
        Property.ForAllAsync("plugin-folders.cli.slow", HostilePluginFolders.Any, RunOneAsync, cases: 60, folder => folder.ToString());

    private static readonly JsonSerializerOptions CorpusJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static IEnumerable<TestCaseData> Corpus() => AdversarialPaths.CorpusCases("plugin-folders");

    /// <summary>Each corpus file describes a plugins folder as JSON (a list of entries: names, kind, asPluginFolder,
    /// size), since links and names with control characters do not travel in git.</summary>
    [TestCaseSource(nameof(Corpus))]
    public async Task A_regression_plugins_folder_is_handled_as_documented(string file)
    {
        var entries = JsonSerializer.Deserialize<List<PluginEntry>>(await File.ReadAllTextAsync(file), CorpusJson)
            ?? throw new InvalidOperationException(file);
        await RunOneAsync(new HostilePluginFolder(entries));
    }

    private static async Task RunOneAsync(HostilePluginFolder folder)
    {
        using var temp = new TempFolder();
        var plugins = temp.Combine("plugins");
        Directory.CreateDirectory(plugins);
        HostilePluginFolders.Create(folder, plugins);

        var listed = await HostileRun.RunAsync(["plugins", "--plugins", plugins, "--format", "json"], [temp.Path]);

        Assert.That(listed.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.Incomplete), listed.Error);
        var warnings = StandardError.AssertProblemLines(listed.Error);
        var report = CliJson.ReadPlugins(listed.Output);
        Assert.That(listed.ExitCode, Is.EqualTo(report.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Incomplete));
        Assert.That(warnings, Has.Count.EqualTo(report.Problems.Count), "one warning line per problem");
        Assert.That(warnings, Has.All.StartWith("warning: "));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"), "the bundled plugins still load");
        Assert.That(report.ChecksOf("Network"), Does.Contain("network.adapter"));

        var run = await HostileRun.RunAsync(["run", "--snapshot", Healthy, "--plugins", plugins, "--format", "json"], [temp.Path]);

        Assert.That(run.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.Incomplete), run.Error);
        Assert.That(StandardError.AssertProblemLines(run.Error), Has.All.StartWith("warning: "));
        var rows = CliJson.ReadRun(run.Output);
        Assert.That(rows.Single(row => row.Id == "disk.free-space").Status, Is.EqualTo(CheckStatus.Pass), "the other plugins' checks still run");
        Assert.That(rows.Where(row => row.Id != "wutk.plugins").Select(row => row.Status), Has.None.EqualTo(CheckStatus.Error));

        var table = await HostileRun.RunAsync(["plugins", "--plugins", plugins], [temp.Path]);
        Assert.That(table.ExitCode, Is.EqualTo(listed.ExitCode));
        Assert.That(table.Output.Split('\n').Where(line => line.Contains('\u001b', StringComparison.Ordinal) || line.Contains('\u202e', StringComparison.Ordinal)), Is.Empty, "names are escaped in the table");
    }
}
