using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Host.Tests.Isolation;

/// <summary>
/// A plugin's checks give the same rows isolated as in wutk itself: the same snapshot answers, the deep flag and
/// scenario, the error codes of every loaded catalog (an isolated plugin's catalog included), the settings it declares,
/// timeouts. Built-in plugins are never isolated.
/// </summary>
public class IsolatedRunTests
{
    private const long GB = 1024L * 1024 * 1024;

    [Test]
    public async Task A_third_party_plugin_on_a_snapshot_gives_the_same_rows_isolated()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropLoose(FixturePlugins.ThirdPartyOutput, FixturePlugins.ThirdPartyName, temp.Path);
        var snapshot = temp.Combine("pc.json");
        await SnapshotText.WriteAsync(new TestPc
        {
            Now = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero),
            Services = [new ServiceInfo { Name = "Spooler", DisplayName = "Print Spooler", StartType = ServiceStartType.Disabled, State = ServiceState.Stopped }],
            SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 256 * GB, FreeBytes = 100 * GB },
            Paths = [new PathInfo { Path = @"%ProgramData%\Contoso\PrinterQueue\Jobs", Exists = true, IsDirectory = true, SizeBytes = 5 * GB, FileCount = 1200 }],
        }.ToSnapshot(), snapshot);
        string[] run = ["run", FixturePlugins.ThirdPartyName, "disk.free-space", "--snapshot", snapshot, "--plugins", temp.Path, "--format", "json"];

        var here = await Support.Cli.RunAsync(run);
        var isolated = await Support.Cli.RunAsync([.. run, "--isolate"]);

        Assert.That(isolated.ExitCode, Is.EqualTo(here.ExitCode).And.EqualTo(ExitCodes.IssueFound), isolated.Error);
        Assert.That(Rows(isolated.Output), Is.EqualTo(Rows(here.Output)));
        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, isolated.Output), Is.Empty);
    }

    [Test]
    public async Task An_isolated_check_is_told_the_deep_flag_the_scenario_and_every_catalogs_codes()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("ContextEcho", temp.Path);
        FixturePlugins.DropAsFolder("VendorCodes", temp.Path);
        string[] run = ["run", "contextecho", "--deep", "--scenario", "upgrade", "--plugins", temp.Path, "--format", "json"];

        var here = await Support.Cli.RunAsync(run);
        var isolated = await Support.Cli.RunAsync([.. run, "--isolate"]);

        Assert.That(isolated.ExitCode, Is.EqualTo(ExitCodes.Ok), isolated.Error);
        Assert.That(Rows(isolated.Output), Is.EqualTo(Rows(here.Output)));
        var echo = CliJson.ReadRun(isolated.Output).Single(row => row.Id == "contextecho.context").Evidence.ToDictionary(e => e.Key, e => e.Value);
        Assert.That(echo["deep"], Is.EqualTo("true"));
        Assert.That(echo["scenario"], Is.EqualTo("Upgrade"));
        Assert.That(echo["0xA0041234"], Is.Not.EqualTo("unknown"), "the isolated vendor catalog's code");
        Assert.That(echo["0x8024402C"], Is.EqualTo("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"));
        Assert.That(echo["0xA0049999"], Is.EqualTo("unknown"));
    }

    [Test]
    [Category("Slow")]
    public async Task An_isolated_check_that_hangs_is_one_error_row_after_the_timeout()
    {
        var (result, rows) = await HostileRun.RunAsync("HangingCheck", isolate: true, "HangingCheck");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        Assert.That(rows.Single(row => row.Status == CheckStatus.Error).Summary, Does.StartWith("the check did not finish within"));
    }

    [Test]
    [Category("Slow")]
    public async Task An_isolated_check_that_throws_is_the_same_error_row_as_in_wutk_itself()
    {
        var (here, hereRows) = await HostileRun.RunAsync("ThrowingCheck", isolate: false, "ThrowingCheck");
        var (isolated, isolatedRows) = await HostileRun.RunAsync("ThrowingCheck", isolate: true, "ThrowingCheck");

        Assert.That(isolated.ExitCode, Is.EqualTo(here.ExitCode));
        Assert.That(isolatedRows.Select(row => (row.Id, row.Status, row.Summary)), Is.EqualTo(hereRows.Select(row => (row.Id, row.Status, row.Summary))));
    }

    [Test]
    [Category("Slow")]
    public async Task A_plugin_that_cannot_load_in_its_process_is_the_same_problem_as_in_wutk_itself()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("MissingDependency", temp.Path, "VendorHelpers.dll");

        var here = await Support.Cli.RunAsync("plugins", "--format", "json", "--plugins", temp.Path);
        var isolated = await Support.Cli.RunAsync("plugins", "--format", "json", "--plugins", temp.Path, "--isolate");

        Assert.That(CliJson.ReadPlugins(isolated.Output).Problems, Is.EqualTo(CliJson.ReadPlugins(here.Output).Problems));
    }

    [Test]
    public async Task The_settings_an_isolated_plugin_declares_are_checked_before_it_runs()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropLoose(FixturePlugins.ThirdPartyOutput, FixturePlugins.ThirdPartyName, temp.Path);

        var list = await Support.Cli.RunAsync("list", "--settings", "--format", "json", "--plugins", temp.Path, "--isolate");
        var here = await Support.Cli.RunAsync("list", "--settings", "--format", "json", "--plugins", temp.Path);

        Assert.That(Settings(list.Output), Is.EqualTo(Settings(here.Output)));
    }

    [Test]
    public async Task Built_in_plugins_are_never_isolated_and_third_party_ones_are_with_isolate()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("HangingCheck", temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--format", "json", "--plugins", temp.Path, "--isolate");

        using var document = JsonDocument.Parse(result.Output);
        var isolated = document.RootElement.GetProperty("plugins").EnumerateArray()
            .ToDictionary(plugin => plugin.GetProperty("name").GetString()!, plugin => plugin.GetProperty("isolated").GetBoolean());
        Assert.That(isolated["HangingCheck"], Is.True);
        Assert.That(isolated["Disk"], Is.False);
        Assert.That(CliJson.ReadPlugins(result.Output).ChecksOf("HangingCheck"), Is.EqualTo(new[] { "hangingcheck.fine", "hangingcheck.stuck" }));
    }

    [Test]
    [Category("Slow")]
    public async Task An_administrator_can_isolate_a_plugin_for_good_in_the_machine_wide_configuration()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the trust lab uses Unix modes");
        using var lab = new Trust.TrustLab(worldWritable: false);

        var isolate = await lab.RunAsync("plugins", "isolate", Trust.TrustLab.Plugin);
        var plugins = await lab.RunAsync(elevated: false, "plugins", "--format", "json");
        var run = await lab.RunAsync(elevated: false, "run", Trust.TrustLab.FineCheck, "--format", "json");
        var off = await lab.RunAsync("plugins", "isolate", Trust.TrustLab.Plugin, "--off");
        var after = await lab.RunAsync(elevated: false, "plugins", "--format", "json");

        Assert.That(isolate.ExitCode, Is.Zero, isolate.Error);
        Assert.That(isolate.Output, Does.Contain("now always runs in a process of its own"));
        Assert.That(IsIsolated(plugins.Output, Trust.TrustLab.Plugin), Is.True);
        Assert.That(CliJson.ReadRun(run.Output).Single().Status, Is.EqualTo(CheckStatus.Pass), run.Error);
        Assert.That(off.ExitCode, Is.Zero);
        Assert.That(IsIsolated(after.Output, Trust.TrustLab.Plugin), Is.False);
    }

    private static bool IsIsolated(string output, string plugin)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("plugins").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == plugin).GetProperty("isolated").GetBoolean();
    }

    /// <summary>What a row says, without how long it took.</summary>
    private static List<string> Rows(string output) =>
        CliJson.ReadRun(output)
            .Select(row => $"{row.Id} {row.Plugin} {row.Status} {row.Summary} {string.Join("; ", row.Evidence.Select(e => e.Key + "=" + e.Value))}")
            .ToList();

    private static string Settings(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("settings").GetRawText();
    }
}
