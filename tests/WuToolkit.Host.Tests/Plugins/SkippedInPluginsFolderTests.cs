using System.Runtime.Versioning;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>
/// Nothing in a plugins folder is passed over without a word. A folder that holds a plugin under another
/// name is a plugin that did not load: a warning naming the DLL it needs. What is no plugin at all (a loose
/// .NET library, most likely a dependency; a folder without a DLL of a plugin) is no problem, and `wutk
/// plugins` lists it under neither heading: it is one log line at <c>-v detailed</c>.
/// </summary>
public class SkippedInPluginsFolderTests
{
    private const string Fixture = "VendorCodes";

    private static string DropRenamed(TempFolder temp, string folderName)
    {
        var folder = temp.Combine(folderName);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(FixturePlugins.Output(Fixture)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    [Test]
    public async Task A_plugin_in_a_folder_of_another_name_is_refused_with_the_name_it_needs()
    {
        using var temp = new TempFolder();
        DropRenamed(temp, "VendorCodesN");

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Error);
        var problem = CliJson.ReadPlugins(result.Output).Problems.Single();
        Assert.That(problem.Plugin, Is.EqualTo("VendorCodesN"));
        Assert.That(problem.Refused, Is.True);
        Assert.That(problem.Message, Does.Contain("VendorCodesN.dll").And.Contain("VendorCodes.dll"));
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("warning: ").And.Contain("VendorCodesN"));
    }

    [Test]
    public async Task The_same_plugin_in_a_folder_of_its_own_name_loads()
    {
        // The control: only the folder's name was wrong above.
        using var temp = new TempFolder();
        DropRenamed(temp, Fixture);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(CliJson.ReadPlugins(result.Output).Plugins.Select(p => p.Name), Does.Contain(Fixture));
    }

    [Test]
    public async Task A_folder_name_that_differs_only_in_case_is_found()
    {
        using var temp = new TempFolder();
        DropRenamed(temp, "vendorcodes");

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(CliJson.ReadPlugins(result.Output).Plugins.Select(p => p.Name), Does.Contain(Fixture));
    }

    [Test]
    public async Task A_library_dropped_loose_and_a_folder_without_a_plugin_are_one_detailed_line_each_and_no_problem()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the real host's standard error");
        using var temp = new TempFolder();
        // A library that knows nothing of wutk, as a plugin's build output holds beside the plugin.
        File.Copy(Path.Combine(TestPaths.HostOutput, "System.CommandLine.dll"), temp.Combine("System.CommandLine.dll"));
        Directory.CreateDirectory(temp.Combine("docs"));
        File.WriteAllText(temp.Combine("docs", "README.txt"), "how we deploy wutk");

        var quiet = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");
        var detailed = await HostProcess.RunAsync(temp.Path, "plugins", "--plugins", temp.Path, "-v", "detailed");

        Assert.That(quiet.ExitCode, Is.EqualTo(ExitCodes.Ok), quiet.Error);
        Assert.That(quiet.Error, Is.Empty, "no warning: neither is a plugin that failed");
        Assert.That(CliJson.ReadPlugins(quiet.Output).Problems, Is.Empty);
        Assert.That(detailed.ExitCode, Is.EqualTo(ExitCodes.Ok), detailed.ToString());
        var lines = detailed.Error.Split('\n');
        Assert.That(lines.Count(line => line.Contains(temp.Combine("System.CommandLine.dll"), StringComparison.Ordinal)), Is.EqualTo(1), detailed.Error);
        Assert.That(lines.Count(line => line.Contains(temp.Combine("docs"), StringComparison.Ordinal)), Is.EqualTo(1), detailed.Error);
        Assert.That(detailed.Error, Does.Not.Contain("warning:"));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public async Task A_plugin_folder_that_cannot_be_read_is_a_warning_not_silence()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix permissions");
        using var temp = new TempFolder();
        var plugins = temp.Combine("plugins");
        Directory.CreateDirectory(plugins);
        var folder = DropRenamed(temp, Path.Combine("plugins", Fixture));
        File.SetUnixFileMode(folder, UnixFileMode.None);

        var result = await HostProcess.RunUnprivilegedAsync(temp, "plugins", "--plugins", plugins);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain("warning: ").And.Contain(Fixture).And.Contain("permission denied"));
    }
}
