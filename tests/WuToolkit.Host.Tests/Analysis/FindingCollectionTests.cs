using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Analysis;

namespace WuToolkit.Host.Tests.Analysis;

public class FindingCollectionTests
{
    private static LogFinding Finding(string summary, long line, uint? code = 0x800F081F) =>
        new(FindingSeverity.Failure, "test.rule", summary, new LogEntry(LogKind.Dism, "dism.log", line, null, "Error", "DISM", summary), code);

    [Test]
    public void The_same_finding_said_again_is_counted_not_kept()
    {
        var findings = new FindingCollection();
        var first = Finding("source missing", 10);
        findings.Add(first);
        findings.Add(Finding("source missing", 20));
        findings.Add(Finding("source missing", 30));
        findings.Add(Finding("source missing", 40, code: 0x800F0922));

        Assert.That(findings.Findings, Has.Count.EqualTo(2));
        Assert.That(findings.Findings[0], Is.SameAs(first), "the first occurrence keeps its line");
        Assert.That(findings.Repeats[first], Is.EqualTo(2));
        Assert.That(findings, Does.Contain(first), "rules may look at what was already found");
    }

    [Test]
    public void Past_the_limit_findings_are_only_counted()
    {
        var findings = new FindingCollection(maxDistinct: 3);
        for (var i = 0; i < 10; i++)
        {
            findings.Add(Finding($"failure {i}", i));
        }

        Assert.That(findings.Count, Is.EqualTo(3));
        Assert.That(findings.Omitted, Is.EqualTo(7));
    }

    [Test]
    public void A_repeated_failure_in_a_file_is_one_row_said_many_times()
    {
        var entries = Enumerable.Range(1, 1000).Select(i => new LogEntry(LogKind.Cbs, "CBS.log", i, null, "Error", "CSI", "fail"));
        var analyzer = new LogAnalyzer([new WuToolkit.Host.Plugins.LogRuleDescriptor("T", new LogRuleMetadata { Id = "test.every", Title = "t", Kinds = [LogKind.Cbs] }, () => new EveryEntryRule())]);

        var result = analyzer.Analyze("CBS.log", LogKind.Cbs, entries, CancellationToken.None);
        var report = new LogReport([result.File], result.Findings, result.Problems, TimeSpan.Zero, result.Repeats);

        Assert.That(result.Findings, Has.Count.EqualTo(1));
        Assert.That(report.Occurrences(result.Findings[0]), Is.EqualTo(1000));
    }

    private sealed class EveryEntryRule : ILogRule
    {
        public void Observe(LogEntry entry, ICollection<LogFinding> findings) =>
            findings.Add(new LogFinding(FindingSeverity.Failure, "test.every", "same words", entry));

        public void Complete(ICollection<LogFinding> findings)
        {
        }
    }
}
