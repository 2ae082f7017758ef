using System.Diagnostics;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Resources;
using WuToolkit.Logs.Sources;

namespace WuToolkit.Logs.Analysis;

/// <summary>Reads every file with the log reader and analyses it with the loaded rules, one file after another
/// (each file streams in constant memory). A file that cannot be read is recorded with its reason, and so is a file
/// of no kind wutk knows (unless a rule reads such files); the rest go on. Both make the answer incomplete.</summary>
public static class LogAnalysisRun
{
    /// <summary>Analyses <paramref name="sources"/> in order with <paramref name="rules"/>.</summary>
    /// <param name="sources">What to read.</param>
    /// <param name="rules">The rules, each created fresh for every source of a kind it reads.</param>
    /// <param name="progress">Told now and then which source is being read and how many entries it has given so far.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public static LogReport Run(
        IReadOnlyList<LogSource> sources,
        IReadOnlyList<ILogRuleFactory> rules,
        Action<string, long>? progress,
        CancellationToken cancellationToken) =>
        Run(sources, rules, progress, prefilter: true, cancellationToken);

    /// <summary>As <see cref="Run(IReadOnlyList{LogSource}, IReadOnlyList{ILogRuleFactory}, Action{string, long}?, CancellationToken)"/>;
    /// with <paramref name="prefilter"/> false every entry is built and shown to every rule, whatever their markers
    /// (for the tests that hold the two to the same findings).</summary>
    internal static LogReport Run(
        IReadOnlyList<LogSource> sources,
        IReadOnlyList<ILogRuleFactory> rules,
        Action<string, long>? progress,
        bool prefilter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(rules);
        var clock = Stopwatch.StartNew();
        var analyzer = new LogAnalyzer(rules);
        var analyzed = new List<AnalyzedFile>();
        var findings = new List<LogFinding>();
        var problems = new List<RuleProblem>();
        var repeats = new Dictionary<LogFinding, long>(ReferenceEqualityComparer.Instance);
        var readsUnknown = rules.Any(rule => rule.Kinds.Contains(LogKind.Unknown));
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = source.Name;
            try
            {
                using var opened = source.Open(cancellationToken);
                if (opened.Kind == LogKind.Unknown && !readsUnknown)
                {
                    // Read as raw lines, it would pass every rule: a file that was not analysed must not look clean.
                    analyzed.Add(new AnalyzedFile(path, LogKind.Unknown, 0, LogStrings.FormatNotAKnownLog(path)));
                    continue;
                }

                var filter = prefilter && opened.Resource is LogFile file ? file.Filter = RulePrefilter.For(rules, opened.Kind) : null;
                var result = analyzer.Analyze(path, opened.Kind, Counted(opened.Entries, path, progress), filter, cancellationToken);
                analyzed.Add(result.File with { KindFromContent = opened.KindFromContent, Unwrapped = opened.Unwrapped });
                findings.AddRange(result.Findings);
                problems.AddRange(result.Problems);
                foreach (var (finding, more) in result.Repeats ?? new Dictionary<LogFinding, long>())
                {
                    repeats[finding] = more;
                }
            }
            catch (Exception ex) when (ex is LogFormatException or IOException or UnauthorizedAccessException)
            {
                analyzed.Add(new AnalyzedFile(path, LogKind.Unknown, 0, ex.Message.ReplaceLineEndings(" ")));
            }
        }

        return new LogReport(analyzed, findings, problems, clock.Elapsed, repeats);
    }

    private static IEnumerable<LogEntry> Counted(IEnumerable<LogEntry> entries, string path, Action<string, long>? progress)
    {
        long count = 0;
        foreach (var entry in entries)
        {
            if (progress is not null && (++count & 0xFFFF) == 0)
            {
                progress(path, count);
            }

            yield return entry;
        }
    }
}
