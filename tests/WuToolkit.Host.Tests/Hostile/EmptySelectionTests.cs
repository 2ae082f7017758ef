using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary>Selectors that name real checks, none of them in the chosen scenario: nothing would run, and an empty run
/// would say "nothing wrong". That is a usage error (2) saying why, for <c>run</c>, <c>collect</c> and <c>list</c>.</summary>
public class EmptySelectionTests
{
    private static readonly string Healthy = Path.Combine(TestPaths.Samples, "healthy-desktop.json");

    [Test]
    public async Task A_run_that_would_run_nothing_is_a_usage_error()
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--scenario", "update", "disk.upgrade-space");

        AssertNothingToRun(result);
    }

    [Test]
    public async Task A_collect_that_would_record_nothing_is_a_usage_error_and_writes_no_file()
    {
        using var temp = new TempFolder();

        var result = await Support.Cli.RunAsync("collect", "-o", temp.Combine("pc.json"), "--scenario", "update", "disk.upgrade-space");

        AssertNothingToRun(result);
        Assert.That(Directory.EnumerateFileSystemEntries(temp.Path), Is.Empty);
    }

    [Test]
    public async Task A_list_that_would_show_nothing_is_a_usage_error()
    {
        var result = await Support.Cli.RunAsync("list", "--scenario", "update", "disk.upgrade-space");

        AssertNothingToRun(result);
    }

    [Test]
    public async Task A_selector_with_some_check_in_the_scenario_still_runs()
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--scenario", "update", "disk");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("disk.free-space"));
    }

    private static void AssertNothingToRun(Support.Cli.Result result)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Output + result.Error);
            Assert.That(result.Output, Is.Empty);
            Assert.That(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain("nothing to run").And.Contain("'disk.upgrade-space'").And.Contain("update"));
        }
    }
}
