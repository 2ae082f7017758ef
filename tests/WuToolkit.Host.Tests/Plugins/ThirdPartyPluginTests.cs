using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Testing;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>The third-party sample (samples/ThirdPartyPlugin), built outside the solution, dropped straight into a
/// plugins folder as a single DLL: its checks list and run beside the bundled ones, wherever the folder is named.</summary>
public class ThirdPartyPluginTests
{
    private const string Plugin = FixturePlugins.ThirdPartyName;
    private const string SpoolerCheck = "contoso.print-spooler";
    private const string QueueCheck = "contoso.queue-folder";
    private const string QueueFolder = @"%ProgramData%\Contoso\PrinterQueue\Jobs";
    private const long GB = 1024L * 1024 * 1024;

    private static string DropInto(TempFolder temp) => FixturePlugins.DropLoose(FixturePlugins.ThirdPartyOutput, Plugin, temp.Path);

    [Test]
    public async Task Its_checks_show_in_list_beside_the_bundled_ones()
    {
        using var temp = new TempFolder();
        DropInto(temp);

        var result = await Support.Cli.RunAsync("list", "--plugins", temp.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output, Does.Contain(SpoolerCheck).And.Contain(QueueCheck).And.Contain(Plugin));
        Assert.That(result.Output, Does.Contain("disk.free-space"));
        Assert.That(result.Error, Does.Not.Contain("warning"));
    }

    [Test]
    public async Task Running_it_by_its_plugin_name_shows_its_results()
    {
        using var temp = new TempFolder();
        DropInto(temp);

        // The live machine: on Windows real answers, elsewhere Skipped with the reason; never an Error.
        var result = await Support.Cli.RunAsync("run", Plugin, "disk.free-space", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path);

        Assert.That(result.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.IssueFound), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain(SpoolerCheck).And.Contain(QueueCheck).And.Contain("disk.free-space"));
        Assert.That(result.Output, Does.Not.Contain("wutk.plugins"), "no plugin problem, so no plugin health row when not selected");
    }

    [Test]
    public async Task Wutk_plugins_variable_finds_it_too()
    {
        using var temp = new TempFolder();
        DropInto(temp);
        var variables = new Dictionary<string, string> { ["WUTK_PLUGINS"] = temp.Path };

        var plugins = await Support.Cli.RunAsync(["plugins", "--format", "json"], variables);
        var run = await Support.Cli.RunAsync(["run", Plugin, "disk.free-space", "--set", "disk.updateFreeGB=0", "--format", "json"], variables);

        Assert.That(plugins.ExitCode, Is.EqualTo(ExitCodes.Ok), plugins.Error);
        var report = CliJson.ReadPlugins(plugins.Output);
        Assert.That(report.Problems, Is.Empty);
        Assert.That(report.ChecksOf(Plugin), Is.EqualTo(new[] { SpoolerCheck, QueueCheck }));
        Assert.That(report.Plugins.Single(p => p.Name == Plugin).Origin, Is.EqualTo("environment"));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
        Assert.That(CliJson.ReadRun(run.Output).Select(row => row.Id), Is.EquivalentTo(new[] { SpoolerCheck, QueueCheck, "disk.free-space" }));
    }

    [Test]
    public async Task Json_output_of_a_run_on_a_broken_pc_has_its_findings()
    {
        using var temp = new TempFolder();
        DropInto(temp);
        var snapshot = await WriteSnapshotAsync(temp, ServiceStartType.Disabled, ServiceState.Stopped, queueBytes: 5 * GB);

        var result = await Support.Cli.RunAsync(
            "run", Plugin, "disk.free-space", "--snapshot", snapshot, "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        var rows = CliJson.ReadRun(result.Output);
        var spooler = rows.Single(row => row.Id == SpoolerCheck);
        Assert.That(spooler.Plugin, Is.EqualTo(Plugin));
        Assert.That(spooler.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(spooler.Summary, Does.StartWith("The Print Spooler is disabled"));
        Assert.That(spooler.Evidence, Does.Contain(new Evidence("spooler.startType", "Disabled")));
        var queue = rows.Single(row => row.Id == QueueCheck);
        Assert.That(queue.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(queue.Summary, Does.StartWith("5.0 GB of print jobs wait in"));
        Assert.That(rows.Single(row => row.Id == "disk.free-space").Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Json_output_of_a_run_on_a_healthy_pc_passes()
    {
        using var temp = new TempFolder();
        DropInto(temp);
        var snapshot = await WriteSnapshotAsync(temp, ServiceStartType.Automatic, ServiceState.Running, queueBytes: GB / 10);

        var result = await Support.Cli.RunAsync(
            "run", Plugin, "disk.free-space", "--snapshot", snapshot, "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(CliJson.ReadRun(result.Output).Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass));
    }

    /// <summary>A PC described by the answers the sample's checks and disk.free-space ask for, and nothing else.</summary>
    private static async Task<string> WriteSnapshotAsync(TempFolder temp, ServiceStartType startType, ServiceState state, long queueBytes)
    {
        var path = temp.Combine("pc.json");
        await SnapshotText.WriteAsync(new TestPc
        {
            Now = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero),
            Services = [new ServiceInfo { Name = "Spooler", DisplayName = "Print Spooler", StartType = startType, State = state }],
            SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 256 * GB, FreeBytes = 100 * GB },
            Paths = [new PathInfo { Path = QueueFolder, Exists = true, IsDirectory = true, SizeBytes = queueBytes, FileCount = 1200 }],
        }.ToSnapshot(), path);
        return path;
    }
}
