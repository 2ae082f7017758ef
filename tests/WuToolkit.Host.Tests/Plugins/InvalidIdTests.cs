using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>An export whose id is not lower-case and dotted ("Bad Id") could not be selected reliably: it is refused
/// and reported, and the plugin's valid checks still load and list.</summary>
public class InvalidIdTests
{
    private const string Fixture = "InvalidId";

    [Test]
    public async Task An_invalid_id_is_reported_and_the_rest_of_the_plugin_loads()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var report = CliJson.ReadPlugins(result.Output);
        var problem = report.Problems.Single();
        Assert.That(problem.Plugin, Is.EqualTo(Fixture));
        Assert.That(problem.Refused, Is.False);
        Assert.That(problem.Message, Does.Contain("invalid id 'Bad Id'"));
        Assert.That(report.ChecksOf(Fixture), Is.EqualTo(new[] { "invalidid.fine" }));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task List_shows_the_valid_checks_and_warns_about_the_invalid_one()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("list", "--plugins", temp.Path);

        // Listing is not a diagnosis: it succeeds, and the problem is a warning on standard error.
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output, Does.Contain("invalidid.fine").And.Contain("disk.free-space"));
        Assert.That(result.Output, Does.Not.Contain("Bad Id"));
        Assert.That(result.Error, Does.Contain("warning: plugin 'InvalidId' exports an invalid id 'Bad Id'"));
    }
}
