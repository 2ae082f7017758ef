using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Running;

/// <summary>
/// <c>--scenario update</c> and <c>--scenario upgrade</c> against the bundled plugins, whatever checks they hold: list and
/// run take exactly the checks that serve the scenario (theirs or both) and leave out the others. The expected sets come
/// from the metadata that <c>wutk list</c> reports, so a check added later is held to the same rule.
/// </summary>
public class ScenarioTests
{
    private static readonly string Sample = Path.Combine(TestPaths.Samples, "healthy-desktop.json");

    [TestCase("update")]
    [TestCase("upgrade")]
    public async Task List_takes_exactly_the_checks_that_serve_the_scenario(string scenario)
    {
        var all = await ListedScenariosAsync();

        var result = await Support.Cli.RunAsync("list", "--scenario", scenario, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Listed(result.Output).Keys, Is.EquivalentTo(Serving(all, scenario)));
    }

    [TestCase("update")]
    [TestCase("upgrade")]
    public async Task Run_takes_exactly_the_checks_that_serve_the_scenario(string scenario)
    {
        var all = await ListedScenariosAsync();

        var result = await Support.Cli.RunAsync("run", "--snapshot", Sample, "--scenario", scenario, "--format", "json");

        var ran = CliJson.ReadRun(result.Output).Select(row => row.Id).Where(id => id != CheckSelection.PluginHealthId);
        Assert.That(ran, Is.EquivalentTo(Serving(all, scenario)), result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.That(document.RootElement.GetProperty("scenario").GetString(), Is.EqualTo(scenario));
    }

    [Test]
    public async Task The_bundled_checks_include_some_for_one_scenario_only()
    {
        var all = await ListedScenariosAsync();

        // Otherwise the tests above could not tell a scenario filter from none.
        Assert.That(all.Values, Does.Contain("update").And.Contain("upgrade"));
        Assert.That(all.Values, Is.All.AnyOf("update", "upgrade", "both"), "every bundled check serves a scenario");
    }

    [TestCase("update")]
    [TestCase("upgrade")]
    public async Task Selectors_narrow_within_the_scenario(string scenario)
    {
        var all = await ListedScenariosAsync();
        var disk = Serving(all, scenario).Where(id => id.StartsWith("disk.", StringComparison.Ordinal)).ToList();

        var result = await Support.Cli.RunAsync("list", "disk", "--scenario", scenario, "--format", "json");

        Assert.That(Listed(result.Output).Keys, Is.EquivalentTo(disk));
        Assert.That(disk, Is.Not.Empty);
    }

    private static IEnumerable<string> Serving(IReadOnlyDictionary<string, string> all, string scenario) =>
        all.Where(check => check.Value == scenario || check.Value == "both").Select(check => check.Key);

    private static async Task<IReadOnlyDictionary<string, string>> ListedScenariosAsync()
    {
        var result = await Support.Cli.RunAsync("list", "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        return Listed(result.Output);
    }

    private static Dictionary<string, string> Listed(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("id").GetString()!, check => check.GetProperty("scenario").GetString()!);
    }
}
