using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>
/// What the host gives a plugin's checks, through the whole command line: deep checks only with <c>--deep</c>, the deep
/// flag and the scenario in every context, and the codes of every loaded error catalog (the bundled ones and a vendor's).
/// The ContextEcho fixture reports what it was given; VendorCodes brings a catalog of its own.
/// </summary>
public class DeepAndCodesTests
{
    private const string VendorCode = "0xA0041234";
    private const string BundledCode = "0x8024402C";
    private const string UnknownCode = "0xA0049999";

    private TempFolder _plugins = null!;

    [SetUp]
    public void Drop_the_fixtures()
    {
        _plugins = new TempFolder();
        FixturePlugins.DropAsFolder("ContextEcho", _plugins.Path);
        FixturePlugins.DropAsFolder("VendorCodes", _plugins.Path);
    }

    [TearDown]
    public void Remove_the_fixtures() => _plugins.Dispose();

    [Test]
    public async Task Without_deep_the_deep_check_is_skipped_with_the_way_to_run_it()
    {
        var result = await RunAsync("run", "contextecho");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var rows = CliJson.ReadRun(result.Output);
        var scan = rows.Single(row => row.Id == "contextecho.deep-scan");
        Assert.That(scan.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(scan.Summary, Does.Contain("wutk run --deep"));
        Assert.That(Evidence(rows, "deep"), Is.EqualTo("false"));
        Assert.That(Deep(result.Output), Is.False);
    }

    [Test]
    public async Task With_deep_the_deep_check_runs_and_every_check_is_told()
    {
        var result = await RunAsync("run", "contextecho", "--deep");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var rows = CliJson.ReadRun(result.Output);
        Assert.That(rows.Single(row => row.Id == "contextecho.deep-scan").Summary, Is.EqualTo("scanned deeply"));
        Assert.That(Evidence(rows, "deep"), Is.EqualTo("true"));
        Assert.That(Deep(result.Output), Is.True);
        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, result.Output), Is.Empty);
    }

    [Test]
    public async Task A_deep_check_named_by_its_id_still_waits_for_deep()
    {
        var result = await RunAsync("run", "contextecho.deep-scan");

        Assert.That(CliJson.ReadRun(result.Output).Single().Status, Is.EqualTo(CheckStatus.Skipped), result.Output);
    }

    [Test]
    public async Task Collect_takes_deep_too()
    {
        var snapshot = _plugins.Combine("pc.json");
        var result = await RunAsync("collect", "contextecho", "--deep", "-o", snapshot);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(CliJson.ReadRun(result.Output).Single(row => row.Id == "contextecho.deep-scan").Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_check_finds_codes_of_a_vendor_catalog_and_of_the_bundled_ones_first()
    {
        var result = await RunAsync("run", "contextecho.context");

        var rows = CliJson.ReadRun(result.Output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Evidence(rows, VendorCode), Is.EqualTo("CONTOSO_E_PRINTER_QUEUE_STUCK"), "the vendor plugin's own code");
            Assert.That(Evidence(rows, BundledCode), Is.EqualTo("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"), "the bundled catalog's code");
            Assert.That(Evidence(rows, UnknownCode), Is.EqualTo("unknown"));
        }
    }

    [Test]
    public async Task Without_the_vendor_plugin_its_code_is_unknown()
    {
        using var alone = new TempFolder();
        FixturePlugins.DropAsFolder("ContextEcho", alone.Path);

        var result = await Support.Cli.RunAsync("run", "contextecho.context", "--plugins", alone.Path, "--format", "json");

        var rows = CliJson.ReadRun(result.Output);
        Assert.That(Evidence(rows, VendorCode), Is.EqualTo("unknown"));
        Assert.That(Evidence(rows, BundledCode), Is.EqualTo("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"));
    }

    [TestCase("update", "Update")]
    [TestCase("upgrade", "Upgrade")]
    [TestCase("both", "Both")]
    public async Task The_scenario_reaches_the_check(string option, string seen)
    {
        var result = await RunAsync("run", "contextecho.context", "--scenario", option);

        Assert.That(Evidence(CliJson.ReadRun(result.Output), "scenario"), Is.EqualTo(seen));
    }

    [Test]
    public async Task List_json_gives_descriptions_and_marks_deep_checks()
    {
        var result = await RunAsync("list", "contextecho");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(SchemaFiles.Errors(SchemaFiles.List, result.Output), Is.Empty);
        var checks = ListedChecks(result.Output);
        Assert.That(checks["contextecho.deep-scan"].GetProperty("deep").GetBoolean(), Is.True);
        Assert.That(checks["contextecho.context"].GetProperty("deep").GetBoolean(), Is.False);
        Assert.That(checks["contextecho.deep-scan"].GetProperty("description").GetString(), Does.StartWith("Stands for a slow scan"));
    }

    [Test]
    public async Task A_plugin_built_against_the_released_sdk_lists_with_a_null_description_and_runs()
    {
        using var released = new TempFolder();
        FixturePlugins.DropAsFolder("ReleasedSdk", released.Path);

        var list = await Support.Cli.RunAsync("list", "releasedsdk", "--plugins", released.Path, "--format", "json");
        var run = await Support.Cli.RunAsync("run", "releasedsdk", "--plugins", released.Path, "--format", "json", "--deep");

        Assert.That(list.ExitCode, Is.EqualTo(ExitCodes.Ok), list.Error);
        Assert.That(SchemaFiles.Errors(SchemaFiles.List, list.Output), Is.Empty);
        var check = ListedChecks(list.Output)["releasedsdk.check"];
        Assert.That(check.GetProperty("description").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(check.GetProperty("deep").GetBoolean(), Is.False);
        Assert.That(CliJson.ReadRun(run.Output).Single().Status, Is.EqualTo(CheckStatus.Pass), run.Output + run.Error);
    }

    [Test]
    public async Task The_list_table_marks_deep_checks_and_says_how_to_run_them()
    {
        var result = await Support.Cli.RunAsync("list", "contextecho", "--plugins", _plugins.Path);

        var scanLine = Lines(result.Output).Single(line => line.Contains("contextecho.deep-scan", StringComparison.Ordinal));
        Assert.That(scanLine, Does.Contain("A slow scan (deep: only with --deep)"));
        Assert.That(Lines(result.Output).Single(line => line.Contains("contextecho.context", StringComparison.Ordinal)), Does.Not.Contain("deep"));
        Assert.That(result.Output, Does.Contain("Deep checks (slow; 1 listed) run only with 'wutk run --deep'."));
        Assert.That(result.Output, Does.Not.Contain("Stands for a slow scan"), "descriptions only with -v detailed");
    }

    [TestCase("detailed")]
    [TestCase("diagnostic")]
    public async Task The_list_table_shows_descriptions_when_detailed(string verbosity)
    {
        var result = await Support.Cli.RunAsync("list", "contextecho", "--plugins", _plugins.Path, "-v", verbosity);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("Stands for a slow scan, such as DISM ScanHealth, that runs only with --deep."));
    }

    private Task<Support.Cli.Result> RunAsync(params string[] arguments) =>
        Support.Cli.RunAsync([.. arguments, "--plugins", _plugins.Path, "--format", "json"]);

    private static string Evidence(IReadOnlyList<CliJson.Row> rows, string key) =>
        rows.Single(row => row.Id == "contextecho.context").Evidence.Single(evidence => evidence.Key == key).Value;

    private static bool Deep(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("deep").GetBoolean();
    }

    private static Dictionary<string, JsonElement> ListedChecks(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("id").GetString()!, check => check.Clone());
    }

    private static string[] Lines(string text) => text.Split('\n');
}
