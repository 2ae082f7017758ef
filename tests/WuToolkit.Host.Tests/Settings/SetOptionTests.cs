using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Settings;

/// <summary><c>--set</c> takes only what the loaded plugins declare, typed and in range: anything else is a usage error
/// (2) that names the setting, the value and what is accepted, before a single check runs.</summary>
public class SetOptionTests
{
    private static readonly string Healthy = Path.Combine(TestPaths.RepoRoot, "samples", "snapshots", "healthy-desktop.json");

    [TestCase("disk.upgradeFreeGB=", "'disk.upgradeFreeGB' is ''", "a number from 0 to 100000 GB")]
    [TestCase("disk.upgradeFreeGB=-5", "'disk.upgradeFreeGB' is '-5'", "a number from 0 to 100000 GB")]
    [TestCase("disk.upgradeFreeGB=abc", "'disk.upgradeFreeGB' is 'abc'", "a number from 0 to 100000 GB")]
    [TestCase("disk.upgradeFreeGB=1e999", "'disk.upgradeFreeGB' is '1e999'", "a number")]
    [TestCase("disk.upgradeFreeGB=NaN", "'disk.upgradeFreeGB' is 'NaN'", "a number")]
    [TestCase("cache.stalledHours=0", "'cache.stalledHours' is '0'", "a number from 1 to 8760 hours")]
    [TestCase("network.endpoints=ftp://mirror.contoso.test/", "'network.endpoints' is 'ftp://mirror.contoso.test/'", "http or https addresses")]
    [TestCase("network.endpoints=,,", "'network.endpoints' is ',,'", "http or https addresses")]
    public async Task A_value_a_setting_does_not_accept_is_a_usage_error_naming_what_it_accepts(string pair, string names, string accepts)
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--set", pair, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
        Assert.That(result.Output, Is.Empty, "no check ran");
        Assert.That(OneLine(result.Error), Does.StartWith("error: setting ").And.Contain(names).And.Contain(accepts));
    }

    [Test]
    public async Task An_unknown_key_is_a_usage_error_naming_the_known_ones()
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--set", "disk.upgradeFreeGb2=40");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
        Assert.That(OneLine(result.Error), Does.Contain("unknown setting 'disk.upgradeFreeGb2'")
            .And.Contain("disk.upgradeFreeGB").And.Contain("network.endpoints").And.Contain("cache.stalledHours"));
    }

    [Test]
    public async Task Every_bad_setting_is_named_at_once()
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--set", "disk.upgradeFreeGB=x", "--set", "nobody.knows=1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n'), Has.Length.EqualTo(2), result.Error);
    }

    [Test]
    public async Task A_declared_setting_in_range_is_used_and_keys_ignore_case()
    {
        var strict = await Support.Cli.RunAsync("run", "disk.upgrade-space", "--snapshot", Healthy, "--set", "DISK.UPGRADEFREEGB=100000", "--format", "json");
        var lenient = await Support.Cli.RunAsync("run", "disk.upgrade-space", "--snapshot", Healthy, "--set", "disk.upgradeFreeGB=1.5", "--format", "json");

        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.IssueFound), strict.Error);
        Assert.That(CliJson.ReadRun(strict.Output).Single(row => row.Id == "disk.upgrade-space").Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(lenient.ExitCode, Is.EqualTo(ExitCodes.Ok), lenient.Error);
    }

    [Test]
    public async Task Collect_checks_settings_the_same_way_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("pc.json");

        var result = await Support.Cli.RunAsync("collect", "-o", output, "disk", "--set", "disk.updateFreeGB=lots");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
        Assert.That(Directory.GetFileSystemEntries(temp.Path), Is.Empty);
    }

    [Test]
    public async Task List_settings_shows_each_declared_setting_with_its_default_and_what_it_accepts()
    {
        var table = await Support.Cli.RunAsync("list", "--settings");
        var json = await Support.Cli.RunAsync("list", "disk", "--format", "json");

        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Ok), table.Error);
        Assert.That(table.Output, Does.Contain("disk.upgradeFreeGB").And.Contain("35").And.Contain("a number from 0 to 100000 GB"));
        using var document = JsonDocument.Parse(json.Output);
        var settings = document.RootElement.GetProperty("settings").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToList();
        Assert.That(settings, Is.EqualTo(new[] { "disk.updateFreeGB", "disk.upgradeFreeGB" }), "only those of the selected checks");
        var check = document.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "disk.upgrade-space");
        Assert.That(check.GetProperty("settings").EnumerateArray().Select(s => s.GetString()), Does.Contain("disk.upgradeFreeGB"));
    }

    [Test]
    public async Task List_settings_shows_the_settings_the_fixes_declare_after_those_of_the_checks()
    {
        var table = await Support.Cli.RunAsync("list", "--settings");
        var japanese = await Support.Cli.RunAsync("--lang", "ja", "list", "--settings");
        var json = await Support.Cli.RunAsync("list", "disk", "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Ok), table.Error);
            var checksSummary = table.Output.IndexOf("settings. Set one with: wutk run --set key=value", StringComparison.Ordinal);
            Assert.That(checksSummary, Is.GreaterThan(table.Output.IndexOf("disk.upgradeFreeGB", StringComparison.Ordinal)).And.GreaterThan(0));
            Assert.That(table.Output.IndexOf("catalog.package", StringComparison.Ordinal), Is.GreaterThan(checksSummary), "the fixes' settings come after the checks'");
            Assert.That(SchemaFiles.Errors(SchemaFiles.List, json.Output), Is.Empty, json.Error);
            using var document = JsonDocument.Parse(json.Output);
            var fixSettings = document.RootElement.GetProperty("fixSettings").EnumerateArray().ToList();
            var keys = fixSettings.Select(s => s.GetProperty("key").GetString()).ToList();
            Assert.That(keys, Does.Contain("catalog.package").And.Contain("catalog.uninstallKb"), "every fix's, whatever checks are selected");
            Assert.That(keys, Is.Ordered.Using((IComparer<string?>)StringComparer.OrdinalIgnoreCase).And.Unique);
            Assert.That(fixSettings.Single(s => s.GetProperty("key").GetString() == "catalog.package").GetProperty("plugin").GetString(), Is.EqualTo("Catalog"));
            Assert.That(table.Output, Does.Contain("catalog.uninstallKb").And.Contain($"{keys.Count} fix settings. Set one with: wutk fix <id> --set key=value"));
            Assert.That(japanese.Output, Does.Contain("catalog.package").And.Contain($"修正の設定 {keys.Count} 個。設定するには: wutk fix <id> --set key=value"), japanese.Error);
            Assert.That(document.RootElement.GetProperty("settings").EnumerateArray().Select(s => s.GetProperty("key").GetString()), Does.Not.Contain("catalog.package"), "wutk run --set does not take them");
        }
    }

    [Test]
    public async Task A_plugin_built_before_settings_were_declared_keeps_its_undeclared_keys_with_a_warning()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("LegacySdk", temp.Path);

        var result = await Support.Cli.RunAsync("run", "legacysdk.threshold", "--set", "legacysdk.limit=7", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(OneLine(result.Error), Does.StartWith("warning: setting 'legacysdk.limit' is not declared by plugin 'LegacySdk'"));
        Assert.That(CliJson.ReadRun(result.Output).Single(row => row.Id == "legacysdk.threshold").Summary, Is.EqualTo("limit 7"));
    }

    [Test]
    public async Task A_stamped_plugin_that_declares_nothing_gets_no_such_leniency()
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--set", "services.anything=1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("unknown setting 'services.anything'"));
    }

    private static string OneLine(string error)
    {
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), error);
        return lines[0];
    }
}
