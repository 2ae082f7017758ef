using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>What the tests of a check that misbehaves at run time share: drop the fixture, run it beside a bundled
/// check, and hold the run to "exactly one Error row, every other row passes, exit code 3".</summary>
internal static class MisbehavingCheckRun
{
    /// <summary>Runs the fixture plugin and the bundled <c>disk.free-space</c> (made to pass on any disk), and returns
    /// the one Error row after checking the rest.</summary>
    public static async Task<CliJson.Row> RunAndGetTheErrorRowAsync(string fixture, params string[] moreArguments)
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(fixture, temp.Path);

        var result = await Support.Cli.RunAsync(
        [
            "run", fixture, "disk.free-space", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json", .. moreArguments,
        ]);

        // Nothing failed, but a check could not give an answer: incomplete.
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Error);
        var rows = CliJson.ReadRun(result.Output);
        Assert.That(rows.Where(row => row.Status == CheckStatus.Error), Has.Exactly(1).Items, result.Output);
        var error = rows.Single(row => row.Status == CheckStatus.Error);
        var prefix = fixture.ToLowerInvariant() + ".";
        Assert.That(error.Id, Does.StartWith(prefix));
        Assert.That(error.Plugin, Is.EqualTo(fixture));
        Assert.That(rows.Select(row => row.Id), Is.EquivalentTo(new[] { error.Id, prefix + "fine", "disk.free-space" }));
        Assert.That(rows.Where(row => row != error).Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass));
        return error;
    }
}
