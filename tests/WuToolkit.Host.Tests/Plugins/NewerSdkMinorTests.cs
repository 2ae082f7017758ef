using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A plugin built against a later 1.x of the SDK than this wutk has is refused before any of its code runs,
/// in one line naming both versions: otherwise it would load and fail later, inside a check, with a missing member.</summary>
public class NewerSdkMinorTests
{
    private const string Fixture = "NewerSdkMinor";

    [Test]
    public async Task A_plugin_for_a_later_minor_is_refused_naming_both_versions()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var problem = CliJson.ReadPlugins(result.Output).Problems.Single();
        Assert.That(problem.Refused, Is.True);
        Assert.That(problem.Message, Does.Match(@"built against WuToolkit\.Abstractions 1\.99, but this wutk has WuToolkit\.Abstractions 1\.\d+: update wutk"));
        Assert.That(result.Error, Does.Contain("1.99"));
    }

    [Test]
    public async Task Its_refusal_is_the_plugin_health_row_and_the_other_checks_run()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("run", "disk.free-space", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json");

        var rows = CliJson.ReadRun(result.Output);
        Assert.That(rows.Single(row => row.Id == "wutk.plugins").Summary, Does.Contain("1.99"));
        Assert.That(rows.Select(row => row.Id), Does.Not.Contain("newersdkminor.check"));
        Assert.That(rows.Single(row => row.Id == "disk.free-space").Status, Is.EqualTo(Abstractions.Checks.CheckStatus.Pass));
    }

    [Test]
    public async Task A_plugin_that_records_no_version_loads_as_one_built_against_1_0()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("LegacySdk", temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(CliJson.ReadPlugins(result.Output).ChecksOf("LegacySdk"), Is.EqualTo(new[] { "legacysdk.threshold" }));
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var sdk = json.RootElement.GetProperty("plugins").EnumerateArray()
            .ToDictionary(plugin => plugin.GetProperty("name").GetString()!, plugin => plugin.GetProperty("sdkVersion"));
        Assert.That(sdk["LegacySdk"].ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "it records none");
        Assert.That(sdk["Disk"].GetString(), Does.Match(@"^1\.\d+$"), "a bundled plugin records the toolkit's SDK");
    }
}
