using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>Two plugins that claim the same check id: the first loaded (the bundled one, searched first) keeps it,
/// the second's export is refused with a message naming both, and the rest of the second plugin still loads.</summary>
public class DuplicateIdTests
{
    private const string Fixture = "DuplicateId";

    [Test]
    public async Task A_duplicate_id_is_reported_and_the_rest_of_the_plugin_loads()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var report = CliJson.ReadPlugins(result.Output);
        var problem = report.Problems.Single();
        Assert.That(problem.Plugin, Is.EqualTo(Fixture));
        Assert.That(problem.Refused, Is.False, "only the clashing export is refused");
        Assert.That(problem.Message, Does.Contain("id 'disk.free-space' is already defined by plugin 'Disk'"));
        Assert.That(report.ChecksOf(Fixture), Is.EqualTo(new[] { "duplicateid.fine" }));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task The_id_still_runs_the_first_plugins_check()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync(
            "run", "disk.free-space", "duplicateid.fine", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), "the plugin problem is an Error row; the impostor's Fail never runs");
        var rows = CliJson.ReadRun(result.Output);
        var disk = rows.Single(row => row.Id == "disk.free-space");
        Assert.That(disk.Plugin, Is.EqualTo("Disk"));
        Assert.That(disk.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(rows.Single(row => row.Id == "duplicateid.fine").Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(rows.Single(row => row.Id == "wutk.plugins").Status, Is.EqualTo(CheckStatus.Error));
    }
}
