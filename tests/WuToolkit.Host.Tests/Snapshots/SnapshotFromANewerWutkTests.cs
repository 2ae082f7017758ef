using System.Text.Json.Nodes;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>A snapshot a newer wutk collected, with a section and members this one does not know, is read as far as this
/// one understands it: one warning names what was skipped, the checks run on the rest. <c>--strict</c> refuses it (65)
/// for someone validating snapshots.</summary>
public class SnapshotFromANewerWutkTests
{
    private static async Task<string> WriteNewerSnapshotAsync(TempFolder temp)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.RepoRoot, "samples", "snapshots", "services-disabled.json")))!;
        json["bitlocker"] = new JsonObject { ["protectionOn"] = true };
        json["services"]![0]!["triggers"] = new JsonArray("network");
        var file = temp.Combine("from-1.9.json");
        await File.WriteAllTextAsync(file, json.ToJsonString());
        return file;
    }

    [Test]
    public async Task Unknown_sections_and_members_are_skipped_with_one_warning_and_the_checks_run()
    {
        using var temp = new TempFolder();
        var file = await WriteNewerSnapshotAsync(temp);
        var original = await Support.Cli.RunAsync("run", "--snapshot", Path.Combine(TestPaths.RepoRoot, "samples", "snapshots", "services-disabled.json"), "--format", "json");

        var result = await Support.Cli.RunAsync("run", "--snapshot", file, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(original.ExitCode), result.Error);
        var warning = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.That(warning, Has.Length.EqualTo(1), result.Error);
        Assert.That(warning[0], Does.StartWith("warning: ").And.Contain("$.bitlocker").And.Contain("$.services[].triggers"));
        Assert.That(
            CliJson.ReadRun(result.Output).Select(row => (row.Id, row.Status)),
            Is.EqualTo(CliJson.ReadRun(original.Output).Select(row => (row.Id, row.Status))));
    }

    [Test]
    public async Task The_names_in_the_warning_come_from_the_file_and_are_escaped()
    {
        using var temp = new TempFolder();
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.RepoRoot, "samples", "snapshots", "healthy-desktop.json")))!;
        json["\u001b]0;owned\u0007\u001b[2J"] = 1;
        var file = temp.Combine("hostile.json");
        await File.WriteAllTextAsync(file, json.ToJsonString());

        var run = await Support.Cli.RunAsync("run", "--snapshot", file, "--format", "json");
        var logs = await Support.Cli.RunAsync("logs", "analyze", "--snapshot", file, "--format", "json");

        foreach (var error in new[] { run.Error, logs.Error })
        {
            Assert.That(error, Does.Contain("warning: ").And.Contain("\\x1B]0;owned\\x07"));
            Assert.That(error.Contains('\u001b', StringComparison.Ordinal), Is.False, error);
        }
    }

    [Test]
    public async Task Strict_reading_refuses_them_with_65()
    {
        using var temp = new TempFolder();
        var file = await WriteNewerSnapshotAsync(temp);

        var result = await Support.Cli.RunAsync("run", "--snapshot", file, "--strict");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Does.Contain("$.bitlocker").And.Contain("--strict"));
    }
}
