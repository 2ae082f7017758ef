using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A DLL that references the SDK (so it means to be a plugin) but exports nothing is reported as such,
/// rather than loading as an empty plugin that silently does nothing.</summary>
public class ExportsNothingTests
{
    private const string Fixture = "ExportsNothing";

    [Test]
    public async Task A_plugin_without_exports_is_reported_as_exporting_nothing()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var report = CliJson.ReadPlugins(result.Output);
        var problem = report.Problems.Single();
        Assert.That(problem.Plugin, Is.EqualTo(Fixture));
        Assert.That(problem.Refused, Is.True);
        Assert.That(problem.Message, Does.Contain("loaded but exports nothing").And.Contain("[ExportCheck]"));
        Assert.That(report.Plugins.Select(p => p.Name), Does.Not.Contain(Fixture));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task Dropped_as_a_loose_dll_it_is_reported_too()
    {
        // A loose DLL that does not reference the SDK is taken for a dependency and skipped; this one does.
        using var temp = new TempFolder();
        FixturePlugins.DropLoose(FixturePlugins.Output(Fixture), Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var report = CliJson.ReadPlugins(result.Output);
        Assert.That(report.Problems.Single().Message, Does.Contain("plugin 'ExportsNothing' loaded but exports nothing"));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }
}
