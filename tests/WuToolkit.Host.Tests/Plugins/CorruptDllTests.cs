using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A DLL that is not a .NET assembly at all (a truncated download, a file renamed by mistake) is a
/// refused plugin with a one-line reason, wherever it is dropped; it never stops the other plugins.</summary>
public class CorruptDllTests
{
    private static void WriteRandomBytes(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = new byte[8192];

        // A fixed seed: the same garbage every run, so a failure can be reproduced.
        new Random(20_240_611).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
    }

    [Test]
    public async Task A_loose_dll_of_random_bytes_is_refused_and_the_bundled_plugins_still_load()
    {
        using var temp = new TempFolder();
        WriteRandomBytes(temp.Combine("Garbage.dll"));

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var report = CliJson.ReadPlugins(result.Output);
        var problem = report.Problems.Single();
        Assert.That(problem.Plugin, Is.EqualTo("Garbage"));
        Assert.That(problem.Refused, Is.True);
        Assert.That(problem.Message, Does.StartWith("plugin 'Garbage' is not a valid .NET assembly"));
        Assert.That(result.Error, Does.Contain("warning: plugin 'Garbage' is not a valid .NET assembly"));
        Assert.That(report.ChecksOf("Disk"), Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task A_plugin_folder_whose_dll_is_random_bytes_is_an_error_row_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        WriteRandomBytes(temp.Combine("Garbage", "Garbage.dll"));

        var result = await Support.Cli.RunAsync(
            "run", "disk.free-space", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json");

        // An Error row and nothing failed: the answer is incomplete, not "issue found".
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        var rows = CliJson.ReadRun(result.Output);
        var health = rows.Single(row => row.Id == "wutk.plugins");
        Assert.That(health.Status, Is.EqualTo(CheckStatus.Error));
        Assert.That(health.Summary, Does.Contain("plugin 'Garbage' is not a valid .NET assembly"));
        Assert.That(rows.Single(row => row.Id == "disk.free-space").Status, Is.EqualTo(CheckStatus.Pass));
    }
}
