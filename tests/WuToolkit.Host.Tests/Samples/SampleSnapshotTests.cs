using System.Text.Json;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Samples;

/// <summary>
/// Every example PC in samples/snapshots must produce exactly the findings written down beside it in
/// samples/snapshots/expected, in the table and in JSON: the samples are the README's demo and the
/// backbone of the end-to-end tests.
/// </summary>
public class SampleSnapshotTests
{
    public sealed record Expectation(
        string Snapshot,
        string Description,
        int ExitCode,
        Dictionary<string, string> Findings,
        Dictionary<string, string[]> Mentions,
        Dictionary<string, string[]> Fixes)
    {
        public override string ToString() => Snapshot;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEnumerable<Expectation> Expectations() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "expected"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => JsonSerializer.Deserialize<Expectation>(File.ReadAllText(file), Json)!);

    [Test]
    public void There_are_at_least_twelve_example_PCs_three_of_them_healthy_variants_and_the_others_broken()
    {
        var all = Expectations().ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(12));
        var healthy = all.Where(e => e.ExitCode == 0).ToList();
        Assert.That(healthy, Has.Count.GreaterThanOrEqualTo(3), "healthy PCs in their normal variety");
        Assert.That(healthy.Select(e => e.Snapshot), Is.All.StartsWith("healthy-"), "a PC that passes is named healthy");
        Assert.That(healthy.SelectMany(e => e.Findings.Values), Has.None.EqualTo("fail").And.None.EqualTo("error"));
        Assert.That(all.Where(e => e.ExitCode != 0).Select(e => e.Findings.Values.Count(v => v == "fail")), Is.All.GreaterThan(0));
        Assert.That(Directory.EnumerateFiles(TestPaths.Samples, "*.json").Select(Path.GetFileName),
            Is.EquivalentTo(all.Select(e => e.Snapshot)), "every sample has its expectations");
    }

    [TestCaseSource(nameof(Expectations))]
    public async Task The_json_findings_are_exactly_the_expected_ones(Expectation expected)
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", SamplePath(expected), "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(expected.ExitCode), result.Error);
        Assert.That(result.Error, Is.Empty);

        using var document = JsonDocument.Parse(result.Output);
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        var findings = results.ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("status").GetString()!);
        Assert.That(findings, Is.EqualTo(expected.Findings));
        Assert.That(document.RootElement.GetProperty("machine").GetProperty("kind").GetString(), Is.EqualTo("snapshot"));

        foreach (var (id, words) in expected.Mentions)
        {
            var summary = results.Single(r => r.GetProperty("id").GetString() == id).GetProperty("summary").GetString();
            Assert.That(summary, Does.Contain(words[0]));
            foreach (var word in words)
            {
                Assert.That(summary, Does.Contain(word), $"{id} should name {word}");
            }
        }

        var fixes = results
            .Where(r => r.GetProperty("fixes").GetArrayLength() > 0)
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("fixes").EnumerateArray().Select(f => f.GetString()!).ToArray());
        Assert.That(fixes, Is.EqualTo(expected.Fixes));
    }

    [TestCaseSource(nameof(Expectations))]
    public async Task The_table_shows_each_finding_on_its_row_and_a_closing_summary(Expectation expected)
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", SamplePath(expected));
        Assert.That(result.ExitCode, Is.EqualTo(expected.ExitCode));
        var lines = result.Output.Split('\n');
        foreach (var (id, status) in expected.Findings)
        {
            var label = status switch { "pass" => "PASS", "warn" => "WARN", "fail" => "FAIL", "skipped" => "SKIP", _ => "ERROR" };
            Assert.That(lines, Has.Some.Match($@"^\|\s*{label}\s*\|\s*{System.Text.RegularExpressions.Regex.Escape(id)}\s*\|"), $"{id} {label}");
        }

        foreach (var words in expected.Mentions.Values)
        {
            Assert.That(result.Output, Does.Contain(words[0]));
        }

        var fails = expected.Findings.Values.Count(v => v == "fail");
        Assert.That(lines.Last(l => l.Length > 0), Does.StartWith($"{expected.Findings.Count} checks:").And.Contain($"{fails} failed"));
        Assert.That(result.Output, Does.Not.Contain("\u001b["), "no colour codes when output is not a terminal");
    }

    [Test]
    public async Task The_upgrade_scenario_runs_only_upgrade_checks()
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Path.Combine(TestPaths.Samples, "disk-full-for-upgrade.json"), "--scenario", "upgrade", "--format", "json");
        using var document = JsonDocument.Parse(result.Output);
        var ids = document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Does.Contain("disk.upgrade-space").And.Contain("upgrade.firmware").And.Contain("network.adapter"));
        Assert.That(ids, Does.Not.Contain("disk.free-space").And.Not.Contain("catalog.failed-updates"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task Selectors_narrow_a_snapshot_run_and_warnings_count_with_fail_on_warn()
    {
        var sample = Path.Combine(TestPaths.Samples, "update-stuck-failing.json");
        var cacheOnly = await Support.Cli.RunAsync("run", "cache", "--snapshot", sample);
        Assert.That(cacheOnly.ExitCode, Is.EqualTo(0), "three warnings, no failure");
        Assert.That(cacheOnly.Output, Does.Contain("cache.pending-reboot").And.Not.Contain("catalog.failed-updates"));

        var strict = await Support.Cli.RunAsync("run", "cache", "--snapshot", sample, "--fail-on", "warn");
        Assert.That(strict.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task Settings_change_thresholds_in_a_snapshot_run()
    {
        var sample = Path.Combine(TestPaths.Samples, "disk-full-for-upgrade.json");
        var result = await Support.Cli.RunAsync("run", "disk.upgrade-space", "--snapshot", sample, "--set", "disk.upgradeFreeGB=20", "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output + result.Error);

        var bad = await Support.Cli.RunAsync("run", "disk", "--snapshot", sample, "--set", "disk.upgradeFreeGB");
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("key=value"));
    }

    private static string SamplePath(Expectation expected) => Path.Combine(TestPaths.Samples, expected.Snapshot);
}
