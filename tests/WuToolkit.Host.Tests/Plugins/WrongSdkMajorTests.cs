using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A plugin built against another major version of the SDK is refused before it is loaded, with a
/// message that names both versions so that the user knows which build of the plugin to get.</summary>
public class WrongSdkMajorTests
{
    private const string Fixture = "WrongSdkMajor";

    [Test]
    public void The_fixture_really_is_built_against_abstractions_2()
    {
        // Guards the test below against a fixture that quietly builds against the real 1.0 SDK.
        var inspection = AssemblyInspection.Read(Path.Combine(FixturePlugins.Output(Fixture), Fixture + ".dll"), "WuToolkit.Abstractions");
        Assert.That(inspection.AbstractionsReference, Is.EqualTo(new Version(2, 0, 0, 0)));
        Assert.That(typeof(ICheck).Assembly.GetName().Version!.Major, Is.EqualTo(1));
    }

    [Test]
    public async Task A_plugin_for_another_major_is_refused_naming_both_versions()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var report = CliJson.ReadPlugins(result.Output);
        var problem = report.Problems.Single();
        Assert.That(problem.Plugin, Is.EqualTo(Fixture));
        Assert.That(problem.Refused, Is.True);
        Assert.That(problem.Message, Does.Match(@"built against WuToolkit\.Abstractions 2\.0, but this wutk has WuToolkit\.Abstractions 1\.\d+"));
        Assert.That(report.Plugins.Select(p => p.Name), Does.Not.Contain(Fixture));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task Running_with_it_reports_it_in_the_plugin_health_row()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync(
            "run", "disk.free-space", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var rows = CliJson.ReadRun(result.Output);
        Assert.That(rows.Single(row => row.Id == "wutk.plugins").Summary, Does.Contain("WuToolkit.Abstractions 2.0"));
        Assert.That(rows.Single(row => row.Id == "disk.free-space").Status, Is.EqualTo(CheckStatus.Pass));
    }
}
