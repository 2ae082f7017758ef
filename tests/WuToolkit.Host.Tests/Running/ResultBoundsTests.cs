using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Tests.Running;

/// <summary>A check that says too much (a third party's, or one fed a hostile snapshot) is cut to size in its row: a
/// summary to a line, evidence to a hundred facts and a count of the rest, fixes to a few.</summary>
public class ResultBoundsTests
{
    [Test]
    public async Task An_enormous_result_becomes_a_bounded_row()
    {
        var evidence = Enumerable.Range(0, 50_000).Select(i => new Evidence(new string('k', 500) + i, new string('v', 10_000))).ToArray();
        var check = TestChecks.Make("test.loud", (_, _) => Task.FromResult(new CheckResult
        {
            Status = CheckStatus.Fail,
            Summary = string.Concat(Enumerable.Repeat("failed; ", 1_000_000)),
            Evidence = evidence,
            FixIds = Enumerable.Range(0, 1_000).Select(i => $"test.fix-{i}").ToArray(),
        }));
        var runner = new CheckRunner(
            new SnapshotMachine(new SnapshotBuilder(DateTimeOffset.UnixEpoch).Build()), KeyValueSettings.Empty, NullLoggerFactory.Instance,
            new RunOptions(Scenario.Both, TimeSpan.FromSeconds(10)));

        var row = await runner.RunOneAsync(check, CancellationToken.None);

        Assert.That(row.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(row.Summary, Has.Length.EqualTo(ResultBounds.SummaryCharacters).And.EndsWith("…"));
        Assert.That(row.Evidence, Has.Count.EqualTo(ResultBounds.EvidenceItems + 1));
        Assert.That(row.Evidence.Take(ResultBounds.EvidenceItems).Select(e => e.Key.Length), Is.All.LessThanOrEqualTo(ResultBounds.KeyCharacters));
        Assert.That(row.Evidence.Take(ResultBounds.EvidenceItems).Select(e => e.Value.Length), Is.All.LessThanOrEqualTo(ResultBounds.ValueCharacters));
        Assert.That(row.Evidence[^1].Key, Is.EqualTo(ResultBounds.OmittedKey));
        Assert.That(row.Evidence[^1].Value, Does.StartWith("49900"));
        Assert.That(row.FixIds, Has.Count.EqualTo(ResultBounds.FixIds));
    }

    [Test]
    public async Task An_ordinary_result_passes_unchanged()
    {
        var check = TestChecks.Make("test.quiet", (_, _) => Task.FromResult(CheckResult.Warn("Low: 9 GB free", [new("freeGB", "9")], "disk.cleanup")));
        var runner = new CheckRunner(
            new SnapshotMachine(new SnapshotBuilder(DateTimeOffset.UnixEpoch).Build()), KeyValueSettings.Empty, NullLoggerFactory.Instance,
            new RunOptions(Scenario.Both, TimeSpan.FromSeconds(10)));

        var row = await runner.RunOneAsync(check, CancellationToken.None);

        Assert.That(row.Summary, Is.EqualTo("Low: 9 GB free"));
        Assert.That(row.Evidence.Single(), Is.EqualTo(new Evidence("freeGB", "9")));
        Assert.That(row.FixIds, Is.EqualTo(new[] { "disk.cleanup" }));
    }
}
