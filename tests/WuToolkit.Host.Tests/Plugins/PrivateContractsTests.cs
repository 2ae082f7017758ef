using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A plugin folder that carries its own WuToolkit.Abstractions.dll and System.Composition.*.dll would, without
/// type sharing, load fine and export nothing (its ICheck is not the host's ICheck). The host shares its own
/// contracts with every plugin, so such a plugin must load and its checks must run.</summary>
public class PrivateContractsTests
{
    private const string Fixture = "PrivateContracts";

    [Test]
    public void The_fixture_really_carries_its_own_contracts()
    {
        var files = Directory.EnumerateFiles(FixturePlugins.Output(Fixture)).Select(Path.GetFileName).ToList();
        Assert.That(files, Does.Contain("WuToolkit.Abstractions.dll"));
        Assert.That(files, Does.Contain("System.Composition.AttributedModel.dll"));
        Assert.That(files, Does.Contain("System.Composition.Hosting.dll"));
        Assert.That(files, Does.Contain("Microsoft.Extensions.Logging.Abstractions.dll"));
    }

    [Test]
    public async Task A_plugin_with_private_contracts_loads_and_exports_its_check()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var report = CliJson.ReadPlugins(result.Output);
        Assert.That(report.Problems, Is.Empty);
        Assert.That(report.ChecksOf(Fixture), Is.EqualTo(new[] { "privatecontracts.check" }));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task Its_check_runs()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync(
            "run", Fixture, "disk.free-space", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var rows = CliJson.ReadRun(result.Output);
        Assert.That(rows.Single(row => row.Id == "privatecontracts.check").Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(rows.Single(row => row.Id == "disk.free-space").Status, Is.EqualTo(CheckStatus.Pass));
    }
}
