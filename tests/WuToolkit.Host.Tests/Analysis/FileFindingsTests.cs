using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Tests.Analysis;

public class FileFindingsTests
{
    private static LogFinding Finding(string summary, long line, uint? code = 0x800F081F) =>
        new() { Severity = FindingSeverity.Failure, RuleId = "test.rule", Summary = summary, Entry = new LogEntry { Kind = LogKind.Dism, File = "dism.log", Line = line, Time = null, Level = "Error", Component = "DISM", Text = summary }, Code = code };

    [Test]
    public void The_same_finding_said_again_is_counted_not_kept()
    {
        var findings = new FileFindings();
        var first = Finding("source missing", 10);
        findings.Add(first);
        findings.Add(Finding("source missing", 20));
        findings.Add(Finding("source missing", 30));
        findings.Add(Finding("source missing", 40, code: 0x800F0922));

        Assert.That(findings.Findings, Has.Count.EqualTo(2));
        Assert.That(findings.Findings[0], Is.SameAs(first), "the first occurrence keeps its line");
        Assert.That(findings.Repeats[first], Is.EqualTo(2));
    }

    [Test]
    public void A_generic_finding_gives_way_to_another_rules_failure_with_the_same_code()
    {
        var findings = new FileFindings();
        var generic = Finding("operation failed", 5) with { RuleId = "test.generic", IsGeneric = true };
        var unexplained = Finding("other operation failed", 6, code: 0x80070002) with { RuleId = "test.generic", IsGeneric = true };
        var specific = Finding("package KB1 failed", 9);
        findings.Add(generic);
        findings.Add(unexplained);
        findings.Add(specific);

        Assert.That(findings.Findings, Is.EqualTo(new[] { unexplained, specific }));
    }

    [Test]
    public void A_generic_finding_stays_when_only_its_own_rule_or_a_warning_carries_the_code()
    {
        var findings = new FileFindings();
        var generic = Finding("operation failed", 5) with { RuleId = "test.generic", IsGeneric = true };
        var warning = Finding("source unusable", 7) with { RuleId = "test.other", Severity = FindingSeverity.Warning };
        findings.Add(generic);
        findings.Add(warning);

        Assert.That(findings.Findings, Is.EqualTo(new[] { generic, warning }));
    }

    [Test]
    public void Past_the_limit_findings_are_only_counted()
    {
        var findings = new FileFindings(maxDistinct: 3);
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
        var entries = Enumerable.Range(1, 1000).Select(i => new LogEntry { Kind = LogKind.Cbs, File = "CBS.log", Line = i, Time = null, Level = "Error", Component = "CSI", Text = "fail" });
        var analyzer = new LogAnalyzer([new LogRuleFactory("test.every", [LogKind.Cbs], () => new EveryEntryRule())]);

        var result = analyzer.Analyze("CBS.log", LogKind.Cbs, entries, CancellationToken.None);
        var report = new LogReport([result.File], result.Findings, result.Problems, TimeSpan.Zero, result.Repeats);

        Assert.That(result.Findings, Has.Count.EqualTo(1));
        Assert.That(report.Occurrences(result.Findings[0]), Is.EqualTo(1000));
    }

    private sealed class EveryEntryRule : ILogRule
    {
        public void Observe(LogEntry entry, IFindingSink findings) =>
            findings.Add(new LogFinding { Severity = FindingSeverity.Failure, RuleId = "test.every", Summary = "same words", Entry = entry });

        public void Complete(IFindingSink findings)
        {
        }
    }
}
