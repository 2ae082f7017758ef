using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A plugin copied without a DLL it depends on (the commonest mistake when installing by hand) is refused
/// with the name of the missing file, not a stack trace, and not silently.</summary>
public class MissingDependencyTests
{
    private const string Fixture = "MissingDependency";

    [Test]
    public async Task A_plugin_copied_without_its_dependency_is_refused_naming_the_missing_file()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path, leaveOut: ["VendorHelpers.dll", "VendorHelpers.pdb"]);

        // Through WUTK_PLUGINS, as a fleet's deployment script would point wutk at a share.
        var result = await Support.Cli.RunAsync(["plugins", "--format", "json"], new Dictionary<string, string> { ["WUTK_PLUGINS"] = temp.Path });

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var report = CliJson.ReadPlugins(result.Output);
        var problem = report.Problems.Single();
        Assert.That(problem.Plugin, Is.EqualTo(Fixture));
        Assert.That(problem.Refused, Is.True);
        Assert.That(problem.Message, Does.Contain("failed to load").And.Contain("missing").And.Contain("VendorHelpers.dll"));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task The_same_plugin_with_its_dependency_beside_it_loads()
    {
        // The control: what was wrong above is the missing file, not the plugin.
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync(["plugins", "--format", "json"], new Dictionary<string, string> { ["WUTK_PLUGINS"] = temp.Path });

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var report = CliJson.ReadPlugins(result.Output);
        Assert.That(report.Problems, Is.Empty);
        Assert.That(report.ChecksOf(Fixture), Is.EqualTo(new[] { "missingdependency.check" }));
        Assert.That(report.Plugins.Single(p => p.Name == Fixture).Origin, Is.EqualTo("environment"));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }
}
