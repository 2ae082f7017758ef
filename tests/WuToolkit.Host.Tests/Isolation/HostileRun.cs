using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Isolation;

/// <summary>What the hostile-plugin tests share: drop a fixture, run its checks beside a bundled one (made to pass on
/// any disk), and hold the run to its rows.</summary>
internal static class HostileRun
{
    public const string Bundled = "disk.free-space";

    /// <summary>Runs <paramref name="selectors"/> of <paramref name="fixture"/> and the bundled check in-process.</summary>
    public static async Task<(Support.Cli.Result Result, IReadOnlyList<CliJson.Row> Rows)> RunAsync(string fixture, bool isolate, params string[] selectors)
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(fixture, temp.Path);
        string[] arguments =
        [
            "run", .. selectors, Bundled, "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json", "--timeout", "30",
            .. isolate ? new[] { "--isolate" } : [],
        ];
        var result = await Support.Cli.RunAsync(arguments);
        return (result, CliJson.ReadRun(result.Output));
    }

    /// <summary>The one Error row, after checking that every other row (the fixture's others and the bundled check) passed
    /// and that the run was incomplete, not failed.</summary>
    public static CliJson.Row TheOneError(Support.Cli.Result result, IReadOnlyList<CliJson.Row> rows, string fixture, string check)
    {
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Output + result.Error);
        Assert.That(rows.Where(row => row.Status == CheckStatus.Error).Select(row => row.Id), Is.EqualTo(new[] { check }), result.Output);
        Assert.That(rows.Where(row => row.Id != check).Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass), result.Output);
        Assert.That(rows.Select(row => row.Id), Does.Contain(Bundled).And.Contain(fixture.ToLowerInvariant() + ".fine"));
        var error = rows.Single(row => row.Id == check);
        Assert.That(error.Plugin, Is.EqualTo(fixture));
        return error;
    }
}
