using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Schemas;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>
/// The trust rules through the command line, elevated, on real folders (Unix modes): a plugin in a folder every user
/// may write is refused until an administrator trusts it, loads while its files are unchanged, and is refused again,
/// saying what changed, after one byte of it changes.
/// </summary>
public class PluginTrustCliTests
{
    [Test]
    public async Task A_plugin_where_every_user_may_write_is_refused_until_trusted_then_loads_then_is_refused_after_one_byte_changes()
    {
        using var lab = new TrustLab();

        var refused = await lab.RunAsync("run", "disk.free-space", "--set", "disk.updateFreeGB=0", "--format", "json");
        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.Incomplete), refused.Error);
        Assert.That(refused.Error, Does.Contain($"plugin '{TrustLab.Plugin}' was not loaded: {lab.PluginsFolder} can be written by every user")
            .And.Contain($"wutk plugins trust {TrustLab.Plugin}"));
        Assert.That(CliJson.ReadRun(refused.Output).Select(row => row.Id), Does.Not.Contain(TrustLab.FineCheck).And.Contain("wutk.plugins"));

        var trusted = await lab.RunAsync("plugins", "trust", TrustLab.Plugin);
        Assert.That(trusted.ExitCode, Is.EqualTo(ExitCodes.Ok), trusted.Error);
        Assert.That(trusted.Output, Does.Contain($"trusted plugin '{TrustLab.Plugin}' (SHA-256 {PluginFiles.Sha256Of(lab.Dll)}"));
        Assert.That(File.Exists(lab.ConfigurationFile), Is.True);

        var loads = await lab.RunAsync("run", TrustLab.FineCheck, "--format", "json");
        Assert.That(loads.ExitCode, Is.EqualTo(ExitCodes.Ok), loads.Error);
        Assert.That(CliJson.ReadRun(loads.Output).Single().Status, Is.EqualTo(CheckStatus.Pass));

        TrustPolicyTests.FlipOneByte(lab.Dll);
        var changed = await lab.RunAsync("run", "disk.free-space", "--set", "disk.updateFreeGB=0", "--format", "json");
        Assert.That(changed.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        Assert.That(changed.Error, Does.Contain($"plugin '{TrustLab.Plugin}' was not loaded: {TrustLab.Plugin}.dll changed (SHA-256 now ")
            .And.Contain("since an administrator trusted it").And.Contain($"trust it again with 'wutk plugins trust {TrustLab.Plugin}'"));
        Assert.That(CliJson.ReadRun(changed.Output).Select(row => row.Id), Does.Not.Contain(TrustLab.FineCheck));
    }

    [Test]
    public async Task Plugins_shows_a_refused_plugins_path_origin_sha256_signature_and_trust_and_validates()
    {
        using var lab = new TrustLab();

        var result = await lab.RunAsync("plugins", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        Assert.That(SchemaFiles.Errors(SchemaFiles.Plugins, result.Output), Is.Empty);
        var entry = TrustLab.Refused(result.Output)[TrustLab.Plugin];
        Assert.That(entry.GetProperty("path").GetString(), Is.EqualTo(lab.Dll));
        Assert.That(entry.GetProperty("origin").GetString(), Is.EqualTo("commandLine"));
        Assert.That(entry.GetProperty("version").GetString(), Is.Not.Empty);
        Assert.That(entry.GetProperty("sdkVersion").GetString(), Is.EqualTo("1.1"));
        Assert.That(entry.GetProperty("sha256").GetString(), Is.EqualTo(PluginFiles.Sha256Of(lab.Dll)));
        Assert.That(entry.GetProperty("signature").GetProperty("state").GetString(), Is.EqualTo(OperatingSystem.IsWindows() ? "notSigned" : "notChecked"));
        var trust = entry.GetProperty("trust");
        Assert.That(trust.GetProperty("state").GetString(), Is.EqualTo("notPinned"));
        Assert.That(trust.GetProperty("enforced").GetBoolean(), Is.True);
        Assert.That(trust.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()), Is.EqualTo(new[] { $"{lab.PluginsFolder} can be written by every user" }));
        Assert.That(entry.GetProperty("message").GetString(), Does.Contain("was not loaded"));
    }

    [Test]
    public async Task Plugins_shows_loaded_plugins_with_their_trust_and_load_state()
    {
        using var lab = new TrustLab();
        await lab.RunAsync("plugins", "trust", TrustLab.Plugin);

        var result = await lab.RunAsync("plugins", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(SchemaFiles.Errors(SchemaFiles.Plugins, result.Output), Is.Empty);
        using var document = JsonDocument.Parse(result.Output);
        var plugins = document.RootElement.GetProperty("plugins").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.That(plugins[TrustLab.Plugin].GetProperty("trust").GetProperty("state").GetString(), Is.EqualTo("pinned"));
        Assert.That(plugins[TrustLab.Plugin].GetProperty("loadState").GetString(), Is.EqualTo("loaded"));
        Assert.That(plugins[TrustLab.Plugin].GetProperty("isolated").GetBoolean(), Is.False);
        Assert.That(plugins["Disk"].GetProperty("trust").GetProperty("state").GetString(), Is.EqualTo("builtIn"));
        Assert.That(plugins["Disk"].GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
    }

    [Test]
    public async Task The_table_names_origin_trust_and_sha256()
    {
        using var lab = new TrustLab();

        var result = await lab.RunAsync("plugins");

        Assert.That(result.Output, Does.Contain("--plugins").And.Contain("others can change it; not trusted").And.Contain("built in"));
        Assert.That(result.Output, Does.Contain(PluginFiles.Sha256Of(lab.Dll)[..20]));
    }

    [Test]
    public async Task A_plugin_in_a_folder_only_root_may_write_loads_elevated_without_being_trusted()
    {
        using var lab = new TrustLab(worldWritable: false);

        var result = await lab.RunAsync("run", TrustLab.FineCheck, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Error, Is.Empty);
    }

    [Test]
    public async Task Not_elevated_the_plugin_loads_and_plugins_says_it_would_be_refused()
    {
        using var lab = new TrustLab();

        var run = await lab.RunAsync(elevated: false, "run", TrustLab.FineCheck, "--format", "json");
        var table = await lab.RunAsync(elevated: false, "plugins");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(table.Output, Does.Contain("would be refused if run elevated"));
    }

    [Test]
    public async Task Untrusting_refuses_it_again()
    {
        using var lab = new TrustLab();
        await lab.RunAsync("plugins", "trust", TrustLab.Plugin);

        var untrusted = await lab.RunAsync("plugins", "untrust", TrustLab.Plugin.ToLowerInvariant());
        var run = await lab.RunAsync("run", "disk.free-space", "--set", "disk.updateFreeGB=0", "--format", "json");

        Assert.That(untrusted.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(untrusted.Output, Does.Contain("is no longer trusted"));
        Assert.That(run.Error, Does.Contain("no administrator trusted it"));
    }

    [Test]
    public async Task A_configuration_file_others_can_change_trusts_nothing()
    {
        using var lab = new TrustLab();
        await lab.RunAsync("plugins", "trust", TrustLab.Plugin);
        TrustLab.SetMode(lab.ConfigurationFile, (UnixFileMode)0b110_110_110);

        var run = await lab.RunAsync("run", "disk.free-space", "--set", "disk.updateFreeGB=0", "--format", "json");

        Assert.That(run.Error, Does.Contain($"the machine-wide configuration {lab.ConfigurationFile} is where others can change it")
            .And.Contain("no administrator trusted it"));
    }

    [Test]
    public async Task Trusting_needs_an_elevated_wutk_and_writes_nothing_otherwise()
    {
        using var lab = new TrustLab();

        var result = await lab.RunAsync(elevated: false, "plugins", "trust", TrustLab.Plugin);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate));
        Assert.That(result.Error, Does.StartWith("error: 'wutk plugins trust' changes the machine-wide configuration").And.Contain("run it elevated"));
        Assert.That(File.Exists(lab.ConfigurationFile), Is.False);
    }

    [Test]
    public async Task A_configuration_file_that_cannot_be_read_is_not_replaced()
    {
        using var lab = new TrustLab();
        Directory.CreateDirectory(Path.GetDirectoryName(lab.ConfigurationFile)!);
        await File.WriteAllTextAsync(lab.ConfigurationFile, "{ \"plugins\": { an administrator's typo");

        var result = await lab.RunAsync("plugins", "trust", TrustLab.Plugin);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(result.Error, Does.Contain("is not replaced while it cannot be read"));
        Assert.That(await File.ReadAllTextAsync(lab.ConfigurationFile), Does.Contain("an administrator's typo"));
    }

    [Test]
    public async Task Trusting_a_plugin_that_is_not_there_is_a_usage_error()
    {
        using var lab = new TrustLab();

        var result = await lab.RunAsync("plugins", "trust", "Nonexistent");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("no plugin named 'Nonexistent'"));
    }

    [Test]
    public async Task Trusting_a_built_in_plugin_records_nothing()
    {
        using var lab = new TrustLab();

        var result = await lab.RunAsync("plugins", "trust", "Disk");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output, Does.Contain("built into wutk and trusted by its location"));
        Assert.That(File.Exists(lab.ConfigurationFile), Is.False);
    }

    [Test]
    public async Task The_wutk_plugins_variable_follows_the_same_rule()
    {
        using var lab = new TrustLab();
        var variables = new Dictionary<string, string> { ["WUTK_PLUGINS"] = lab.PluginsFolder };

        var result = await Support.Cli.RunInAsync(
            environment => environment with { IsElevated = true, MachineConfigurationFile = lab.ConfigurationFile },
            ["plugins", "--format", "json"],
            variables);

        var entry = TrustLab.Refused(result.Output)[TrustLab.Plugin];
        Assert.That(entry.GetProperty("origin").GetString(), Is.EqualTo("environment"));
        Assert.That(entry.GetProperty("trust").GetProperty("state").GetString(), Is.EqualTo("notPinned"));
    }
}
