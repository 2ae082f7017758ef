using System.Globalization;
using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Sources;

namespace WuToolkit.Host.Tests.Analysis;

/// <summary>A folder's logs are read side by side, and the answer is the one reading them one after another gives:
/// files, findings, repeats and problems in the order the sources were given, whichever file finished first.</summary>
public class ParallelLogAnalysisTests
{
    private static readonly LogRuleFactory[] Rules =
    [
        new LogRuleFactory("test.failures", [LogKind.Cbs, LogKind.SetupAct], () => new FailureRule()),
        new LogRuleFactory("test.throws", [LogKind.Cbs], () => new ThrowingRule()),
    ];

    [Test]
    public void Files_read_at_once_give_what_each_file_read_alone_gives_in_the_order_given()
    {
        using var temp = new TempFolder();
        var sources = new List<LogSource>();
        for (var i = 0; i < 9; i++)
        {
            // Files of very different sizes, so that the small ones finish first.
            var name = i % 3 == 0 ? $"case{i}\\setupact.log" : $"case{i}\\CBS.log";
            var path = temp.Combine(name.Split('\\'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Log(seed: i, entries: i % 2 == 0 ? 20_000 : 50), new UTF8Encoding(false));
            sources.Add(LogSource.File(path));
        }

        sources.Insert(4, LogSource.File(temp.Combine("missing", "CBS.log")));
        sources.Insert(2, LogSource.Unreadable("denied.log", "permission denied"));

        var together = LogAnalysisRun.Run(sources, Rules, null, CancellationToken.None);
        var alone = sources.Select(source => LogAnalysisRun.Run([source], Rules, null, CancellationToken.None)).ToList();

        Assert.That(together.Files, Is.EqualTo(alone.SelectMany(report => report.Files)));
        Assert.That(together.Findings.Select(Describe), Is.EqualTo(alone.SelectMany(report => report.Findings.Select(Describe))));
        Assert.That(together.Findings.Select(together.Occurrences), Is.EqualTo(alone.SelectMany(report => report.Findings.Select(report.Occurrences))));
        Assert.That(together.RuleProblems, Is.EqualTo(alone.SelectMany(report => report.RuleProblems)));
        Assert.That(together.Findings, Is.Not.Empty);
    }

    [Test]
    public void Cancelling_stops_the_files_being_read_at_once()
    {
        using var temp = new TempFolder();
        var sources = Enumerable.Range(0, 4).Select(i =>
        {
            var path = temp.Combine($"case{i}", "CBS.log");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Log(seed: i, entries: 50_000), new UTF8Encoding(false));
            return LogSource.File(path);
        }).ToList();
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        LogRuleFactory[] rules = [new("test.cancels", [LogKind.Cbs], () => new CancellingRule(() =>
        {
            if (Interlocked.Increment(ref seen) == 1000)
            {
                cancel.Cancel();
            }
        }))];

        Assert.That(() => LogAnalysisRun.Run(sources, rules, null, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(seen, Is.LessThan(4 * 50_000));
    }

    private static string Describe(LogFinding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{finding.RuleId}|{finding.Entry.File}|{finding.Entry.Line}|{finding.Summary}");

    private static string Log(int seed, int entries)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < entries; i++)
        {
            var word = random.Next(40) switch
            {
                0 => "failed with 0x80070005",
                1 => "failed again",
                _ => "nothing",
            };
            text.Append(CultureInfo.InvariantCulture, $"2023-05-23 00:{i / 60 % 60:00}:{i % 60:00}, Info                  CBS    {word} {i % 7}\r\n");
        }

        return text.ToString();
    }

    private sealed class FailureRule : ILogRule
    {
        public void Observe(LogEntry entry, IFindingSink findings)
        {
            if (entry.Text.StartsWith("failed", StringComparison.Ordinal))
            {
                findings.Add(new LogFinding { Severity = FindingSeverity.Failure, RuleId = "test.failures", Summary = entry.Text, Entry = entry });
            }
        }

        public void Complete(IFindingSink findings)
        {
        }
    }

    private sealed class ThrowingRule : ILogRule
    {
        private int _seen;

        public void Observe(LogEntry entry, IFindingSink findings)
        {
            if (++_seen == 30)
            {
                throw new InvalidOperationException($"broke at {entry.Line}");
            }
        }

        public void Complete(IFindingSink findings)
        {
        }
    }

    private sealed class CancellingRule(Action seen) : ILogRule
    {
        public void Observe(LogEntry entry, IFindingSink findings) => seen();

        public void Complete(IFindingSink findings)
        {
        }
    }
}
