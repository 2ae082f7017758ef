using System.Text.Json;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>Snapshots written in version 1 of the format load unchanged in every later 1.x: strictly, without a warning,
/// giving the findings they gave when they were frozen (Snapshots/Version1).</summary>
public class Version1SnapshotTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "tests", "WuToolkit.Host.Tests", "Snapshots", "Version1");

    public static IEnumerable<string> Frozen() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [Test]
    public void The_frozen_snapshots_are_there() =>
        Assert.That(Frozen().ToList(), Has.Count.GreaterThanOrEqualTo(5));

    [TestCaseSource(nameof(Frozen))]
    public async Task A_version_1_snapshot_reads_strictly_without_a_warning(string name)
    {
        var read = await SnapshotFile.ReadAsync(Path.Combine(Folder, name), new SnapshotReadOptions { Strict = true }, CancellationToken.None);

        Assert.That(read.Warnings, Is.Empty);
        Assert.That(read.Snapshot.AnswerCount, Is.GreaterThan(0));
    }

    [TestCaseSource(nameof(Frozen))]
    public async Task A_version_1_snapshot_gives_the_findings_it_gave_when_frozen(string name)
    {
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "expected", name)));
        var findings = expected.RootElement.GetProperty("findings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        var result = await Support.Cli.RunAsync("run", "--snapshot", Path.Combine(Folder, name), "--strict", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(expected.RootElement.GetProperty("exitCode").GetInt32()), result.Error);
        using var output = JsonDocument.Parse(result.Output);
        var actual = output.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("status").GetString());

        // Every check frozen gives what it gave; checks added since may add results (most are Skipped: the snapshot did
        // not record their questions), but never an error.
        Assert.That(actual.Where(result => findings.ContainsKey(result.Key)), Is.EquivalentTo(findings));
        Assert.That(actual.Where(result => !findings.ContainsKey(result.Key)).Select(result => result.Value), Has.None.EqualTo("error"));
    }
}
