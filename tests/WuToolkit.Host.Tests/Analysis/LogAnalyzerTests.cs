using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Tests.Analysis;

public class LogAnalyzerTests
{
    private static LogEntry Entry(long line, string text, int minute = 0, LogKind kind = LogKind.Cbs, string file = "CBS.log") =>
        new() { Kind = kind, File = file, Line = line, Time = new DateTimeOffset(2026, 11, 20, 9, minute, 0, TimeSpan.Zero), Level = "Error", Component = "CSI", Text = text };

    private static LogRuleFactory Rule(string id, Func<ILogRule> create, params LogKind[] kinds) => new(id, kinds, create);

    [ExportLogRule("test.exported", "Every entry with a word in it", LogKind.Dism)]
    private sealed class ExportedRule : ILogRule
    {
        public void Observe(LogEntry entry, IFindingSink findings) =>
            findings.Add(new LogFinding { Severity = FindingSeverity.Warning, RuleId = "test.exported", Summary = entry.Text, Entry = entry });

        public void Complete(IFindingSink findings)
        {
        }
    }

    private sealed class UndeclaredRule : ILogRule
    {
        public void Observe(LogEntry entry, IFindingSink findings)
        {
        }

        public void Complete(IFindingSink findings)
        {
        }
    }

    /// <summary>Reports every entry containing "fail"; says "repaired" at the end if it saw "repaired".</summary>
    private sealed class WordRule : ILogRule
    {
        private bool _repaired;

        public void Observe(LogEntry entry, IFindingSink findings)
        {
            if (entry.Text.Contains("fail", StringComparison.Ordinal))
            {
                findings.Add(new LogFinding { Severity = FindingSeverity.Failure, RuleId = "test.word", Summary = entry.Text, Entry = entry });
            }

            _repaired |= entry.Text.Contains("repaired", StringComparison.Ordinal);
        }

        public void Complete(IFindingSink findings)
        {
            if (_repaired)
            {
                findings.Add(new LogFinding { Severity = FindingSeverity.Repaired, RuleId = "test.word", Summary = "repaired", Entry = new LogEntry { Kind = LogKind.Cbs, File = "CBS.log", Line = 0, Time = null, Level = "", Component = "", Text = "" } });
            }
        }
    }

    private sealed class ThrowingRule : ILogRule
    {
        public void Observe(LogEntry entry, IFindingSink findings) =>
            throw new FormatException("bad line");

        public void Complete(IFindingSink findings) => throw new InvalidOperationException("never called");
    }

    [Test]
    public void Rules_see_only_their_kinds_with_a_fresh_instance_per_file()
    {
        var created = 0;
        var analyzer = new LogAnalyzer([Rule("test.word", () => { created++; return new WordRule(); }, LogKind.Cbs)]);

        var first = analyzer.Analyze("CBS.log", LogKind.Cbs, [Entry(1, "install fail"), Entry(2, "repaired")], CancellationToken.None);
        var second = analyzer.Analyze("dism.log", LogKind.Dism, [Entry(1, "fail", kind: LogKind.Dism, file: "dism.log")], CancellationToken.None);
        var third = analyzer.Analyze("CBS2.log", LogKind.Cbs, [Entry(1, "all good")], CancellationToken.None);

        Assert.That(first.Findings.Select(f => f.Severity), Is.EqualTo(new[] { FindingSeverity.Failure, FindingSeverity.Repaired }));
        Assert.That(second.Findings, Is.Empty, "a CBS rule does not read DISM entries");
        Assert.That(third.Findings, Is.Empty, "state does not leak from one file to the next");
        Assert.That(created, Is.EqualTo(2));
        Assert.That(first.File.Entries, Is.EqualTo(2));
    }

    [Test]
    public void A_rule_that_throws_is_switched_off_for_the_file_and_the_others_go_on()
    {
        var analyzer = new LogAnalyzer(
        [
            Rule("test.throws", () => new ThrowingRule(), LogKind.Cbs),
            Rule("test.ctor", () => throw new InvalidOperationException("no"), LogKind.Cbs),
            Rule("test.word", () => new WordRule(), LogKind.Cbs),
        ]);

        var result = analyzer.Analyze("CBS.log", LogKind.Cbs, [Entry(7, "a fail"), Entry(8, "b fail")], CancellationToken.None);

        Assert.That(result.Findings, Has.Count.EqualTo(2));
        Assert.That(result.Problems.Select(p => p.RuleId), Is.EquivalentTo(new[] { "test.throws", "test.ctor" }));
        Assert.That(result.Problems.Single(p => p.RuleId == "test.throws").Line, Is.EqualTo(7));
        Assert.That(result.Problems.Single(p => p.RuleId == "test.throws").Message, Does.Contain("bad line"));
    }

    [Test]
    public void The_timeline_orders_findings_across_files_and_marks_the_first_failure()
    {
        var cbs = Entry(10, "late fail", minute: 30);
        var dism = Entry(3, "early fail", minute: 5, kind: LogKind.Dism, file: "dism.log");
        var info = new LogEntry { Kind = LogKind.SetupAct, File = "setupact.log", Line = 1, Time = new DateTimeOffset(2026, 11, 20, 9, 1, 0, TimeSpan.Zero), Level = "Info", Component = "SP", Text = "phase" };
        var report = new LogReport(
            [new AnalyzedFile("CBS.log", LogKind.Cbs, 10), new AnalyzedFile("dism.log", LogKind.Dism, 3)],
            [
                new LogFinding { Severity = FindingSeverity.Failure, RuleId = "r", Summary = "late", Entry = cbs },
                new LogFinding { Severity = FindingSeverity.Failure, RuleId = "r", Summary = "early", Entry = dism },
                new LogFinding { Severity = FindingSeverity.Info, RuleId = "r", Summary = "phase", Entry = info },
            ],
            [],
            TimeSpan.Zero);

        Assert.That(report.Timeline().Select(f => f.Summary), Is.EqualTo(new[] { "phase", "early", "late" }));
        Assert.That(report.FirstFailure()!.Summary, Is.EqualTo("early"));
        Assert.That(LogExitCode.Of(report), Is.EqualTo(ExitCodes.IssueFound));
    }

    [Test]
    public void A_clean_analysis_exits_0_and_an_unreadable_file_makes_it_incomplete()
    {
        var clean = new LogReport([new AnalyzedFile("CBS.log", LogKind.Cbs, 5)], [], [], TimeSpan.Zero);
        var partial = clean with { Files = [.. clean.Files, new AnalyzedFile("x.evtx", LogKind.Unknown, 0, "binary event log")] };
        Assert.That(LogExitCode.Of(clean), Is.EqualTo(ExitCodes.Ok));
        Assert.That(LogExitCode.Of(partial), Is.EqualTo(ExitCodes.Incomplete));
    }

    [Test]
    public void A_rule_author_runs_the_analyzer_on_a_rule_class_by_its_export_attribute()
    {
        var factory = LogRuleFactory.For<ExportedRule>();

        var result = new LogAnalyzer([factory]).Analyze("dism.log", LogKind.Dism, [Entry(4, "anything", kind: LogKind.Dism, file: "dism.log")], CancellationToken.None);

        Assert.That((factory.Id, factory.Kinds), Is.EqualTo(("test.exported", (IReadOnlyList<LogKind>)[LogKind.Dism])));
        Assert.That(result.Findings.Single().Entry.Line, Is.EqualTo(4));
        Assert.That(() => LogRuleFactory.For<UndeclaredRule>(), Throws.InvalidOperationException.With.Message.Contains("ExportLogRule"));
    }

    [Test]
    public void A_plugin_rule_as_the_host_loads_it_is_a_rule_factory_of_its_metadata()
    {
        var created = 0;
        var descriptor = new LogRuleDescriptor("Test", new LogRuleMetadata { Id = "test.word", Title = "t", Kinds = [LogKind.Cbs] }, () =>
        {
            created++;
            return new WordRule();
        });

        var result = new LogAnalyzer([descriptor]).Analyze("CBS.log", LogKind.Cbs, [Entry(1, "a fail")], CancellationToken.None);

        Assert.That((descriptor.Id, descriptor.Kinds.Single(), created), Is.EqualTo(("test.word", LogKind.Cbs, 1)));
        Assert.That(result.Findings, Has.Count.EqualTo(1));
    }
}
