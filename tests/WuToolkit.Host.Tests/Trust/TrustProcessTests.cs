using System.Text.Json;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>
/// The trust rules on the built tool, as real processes: as root (elevated) a plugin in a world-writable folder is
/// refused until trusted, then loads, then is refused again after one byte of it changes; as an ordinary user (the user
/// nobody, through setpriv) nothing is refused, the rules are only told, and trusting is refused.
/// </summary>
[Category("Slow")]
public class TrustProcessTests
{
    private static readonly string[] AsNobody = ["--reuid=65534", "--regid=65534", "--clear-groups"];

    private static readonly string[] SafeSelection = ["disk.free-space", "--set", "disk.updateFreeGB=0"];

    [Test]
    public async Task As_root_a_plugin_in_a_world_writable_folder_is_refused_until_trusted_then_loads_then_is_refused_after_one_byte_changes()
    {
        AssumeRootOnLinux();
        using var lab = new TrustLab();

        var refused = await WutkAsync(lab, asNobody: false, ["run", .. SafeSelection, "--format", "json", "--plugins", lab.PluginsFolder]);
        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.Incomplete), refused.ToString());
        Assert.That(refused.Error, Does.Contain($"plugin '{TrustLab.Plugin}' was not loaded: {lab.PluginsFolder} can be written by every user"));

        var trusted = await WutkAsync(lab, asNobody: false, ["plugins", "trust", TrustLab.Plugin, "--plugins", lab.PluginsFolder]);
        Assert.That(trusted.ExitCode, Is.EqualTo(ExitCodes.Ok), trusted.ToString());

        var loads = await WutkAsync(lab, asNobody: false, ["run", TrustLab.FineCheck, .. SafeSelection, "--format", "json", "--plugins", lab.PluginsFolder]);
        Assert.That(loads.ExitCode, Is.EqualTo(ExitCodes.Ok), loads.ToString());
        Assert.That(CliJson.ReadRun(loads.Output).Select(row => row.Id), Does.Contain(TrustLab.FineCheck));

        TrustPolicyTests.FlipOneByte(lab.Dll);
        var changed = await WutkAsync(lab, asNobody: false, ["run", .. SafeSelection, "--format", "json", "--plugins", lab.PluginsFolder]);
        Assert.That(changed.ExitCode, Is.EqualTo(ExitCodes.Incomplete), changed.ToString());
        Assert.That(changed.Error, Does.Contain($"{TrustLab.Plugin}.dll changed (SHA-256 now"));
        Assert.That(CliJson.ReadRun(changed.Output).Select(row => row.Id), Does.Not.Contain(TrustLab.FineCheck));
    }

    [Test]
    public async Task As_root_a_plugin_file_owned_by_another_user_is_refused_until_trusted()
    {
        AssumeRootOnLinux();
        using var lab = new TrustLab(worldWritable: false);
        await ChownAsync(lab.Dll, "1000:1000");

        var refused = await WutkAsync(lab, asNobody: false, ["run", .. SafeSelection, "--format", "json", "--plugins", lab.PluginsFolder]);
        await WutkAsync(lab, asNobody: false, ["plugins", "trust", TrustLab.Plugin, "--plugins", lab.PluginsFolder]);
        var loads = await WutkAsync(lab, asNobody: false, ["run", TrustLab.FineCheck, "--format", "json", "--plugins", lab.PluginsFolder]);

        Assert.That(refused.Error, Does.Contain($"{lab.Dll} belongs to user 1000, not to root"));
        Assert.That(loads.ExitCode, Is.EqualTo(ExitCodes.Ok), loads.ToString());
    }

    [Test]
    public async Task As_an_ordinary_user_a_plugin_in_a_world_writable_folder_loads_and_its_state_is_told()
    {
        AssumeRootOnLinux();
        using var lab = new TrustLab();
        await OpenToOthersAsync(lab);

        var run = await WutkAsync(lab, asNobody: true, ["run", TrustLab.FineCheck, "--format", "json", "--plugins", lab.PluginsFolder]);
        var plugins = await WutkAsync(lab, asNobody: true, ["plugins", "--format", "json", "--plugins", lab.PluginsFolder]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.ToString());
        using var document = JsonDocument.Parse(plugins.Output);
        var trust = document.RootElement.GetProperty("plugins").EnumerateArray()
            .Single(plugin => plugin.GetProperty("name").GetString() == TrustLab.Plugin).GetProperty("trust");
        Assert.That(trust.GetProperty("state").GetString(), Is.EqualTo("notPinned"));
        Assert.That(trust.GetProperty("enforced").GetBoolean(), Is.False);
    }

    [Test]
    public async Task As_an_ordinary_user_a_file_owned_by_another_user_is_named()
    {
        AssumeRootOnLinux();
        using var lab = new TrustLab(worldWritable: false);
        await OpenToOthersAsync(lab);
        await ChownAsync(lab.PluginsFolder, "65534:65534", recursive: true);
        await ChownAsync(lab.Dll, "1000:1000");

        var plugins = await WutkAsync(lab, asNobody: true, ["plugins", "--format", "json", "--plugins", lab.PluginsFolder]);

        using var document = JsonDocument.Parse(plugins.Output);
        var reasons = document.RootElement.GetProperty("plugins").EnumerateArray()
            .Single(plugin => plugin.GetProperty("name").GetString() == TrustLab.Plugin)
            .GetProperty("trust").GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()).ToList();
        Assert.That(reasons, Is.EqualTo(new[] { $"{lab.Dll} belongs to user 1000, not to root" }), plugins.ToString());
    }

    [Test]
    public async Task As_an_ordinary_user_trusting_is_refused()
    {
        AssumeRootOnLinux();
        using var lab = new TrustLab();
        await OpenToOthersAsync(lab);

        var result = await WutkAsync(lab, asNobody: true, ["plugins", "trust", TrustLab.Plugin, "--plugins", lab.PluginsFolder]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.ToString());
        Assert.That(result.Error, Does.Contain("run it elevated"));
        Assert.That(File.Exists(lab.ConfigurationFile), Is.False);
    }

    private static void AssumeRootOnLinux()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "uses setpriv and chown");
        Assume.That(Environment.IsPrivilegedProcess, Is.True, "the elevated rules need root, and running as nobody needs root to switch");
    }

    private static Task<ProcessRunner.Result> WutkAsync(TrustLab lab, bool asNobody, string[] arguments)
    {
        var environment = new Dictionary<string, string> { ["NO_COLOR"] = "1", ["WUTK_MACHINE_CONFIG"] = lab.ConfigurationFile };
        return asNobody
            ? ProcessRunner.RunAsync("setpriv", [.. AsNobody, HostProcess.Wutk, .. arguments], lab.Root, environment, TimeSpan.FromMinutes(2))
            : ProcessRunner.RunAsync(HostProcess.Wutk, arguments, lab.Root, environment, TimeSpan.FromMinutes(2));
    }

    /// <summary>Lets the user nobody reach the lab's files (a temporary folder is its owner's alone).</summary>
    private static Task OpenToOthersAsync(TrustLab lab)
    {
        TrustLab.AddMode(lab.Root, UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return Task.CompletedTask;
    }

    private static async Task ChownAsync(string path, string owner, bool recursive = false)
    {
        var result = await ProcessRunner.RunAsync("chown", recursive ? ["-R", owner, path] : [owner, path], Path.GetTempPath());
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }
}
