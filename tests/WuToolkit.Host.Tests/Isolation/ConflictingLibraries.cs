using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Isolation;

/// <summary>Two plugins that each bring their own SharedHelper.dll, versions 1 and 2 (with an overload version 1 lacks):
/// each load context, or process, gets its own, so both load and each sees the version it was built with.</summary>
internal static class ConflictingLibraries
{
    public static async Task AssertBothLoadAsync(bool isolate)
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("UsesHelperV1", temp.Path);
        FixturePlugins.DropAsFolder("UsesHelperV2", temp.Path);

        var result = await Support.Cli.RunAsync(
        [
            "run", "useshelperv1.version", "useshelperv2.version", "--plugins", temp.Path, "--format", "json", .. isolate ? new[] { "--isolate" } : [],
        ]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var rows = CliJson.ReadRun(result.Output).ToDictionary(row => row.Id);
        Assert.That(rows.Values.Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass));
        Assert.That(rows["useshelperv1.version"].Summary, Is.EqualTo("helper one"));
        Assert.That(rows["useshelperv1.version"].Evidence.Single().Value, Is.EqualTo("1.0.0.0"));
        Assert.That(rows["useshelperv2.version"].Summary, Is.EqualTo("version 2: helper two"));
        Assert.That(rows["useshelperv2.version"].Evidence.Single().Value, Is.EqualTo("2.0.0.0"));
    }
}
