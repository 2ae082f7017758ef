using System.Diagnostics;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Resources;
using WuToolkit.Logs.Sources;

namespace WuToolkit.Logs.Analysis;

/// <summary>Reads every file with the log reader and analyses it with the loaded rules, several files at once (as many
/// as there are processors; each streams in constant memory), reported in the order given. A file that cannot be read
/// is recorded with its reason, and so is a file of no kind wutk knows (unless a rule reads such files); the rest go on. Both make the answer incomplete.</summary>
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
        var readsUnknown = rules.Any(rule => rule.Kinds.Contains(LogKind.Unknown));
        var results = new Outcome[sources.Count];
        if (sources.Count <= 1 || Environment.ProcessorCount <= 1)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = Analyze(sources[i], analyzer, rules, readsUnknown, progress, prefilter, cancellationToken);
            }
        }
        else
        {
            // Files are read side by side, as many at once as there are processors (each in constant memory), and
            // reported in the order given, whichever finished first.
            var report = progress is null ? null : Serialized(progress);
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            try
            {
                Parallel.For(0, sources.Count, options, i =>
                    results[i] = Analyze(sources[i], analyzer, rules, readsUnknown, report, prefilter, cancellationToken));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // What one file threw, as reading them one after another would have thrown it.
                var first = ex.InnerExceptions.OfType<OperationCanceledException>().FirstOrDefault() ?? ex.InnerExceptions[0];
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
                throw;
            }
        }

        var analyzed = new List<AnalyzedFile>();
        var findings = new List<LogFinding>();
        var problems = new List<RuleProblem>();
        var repeats = new Dictionary<LogFinding, long>(ReferenceEqualityComparer.Instance);
        foreach (var result in results)
        {
            analyzed.Add(result.File);
            if (result.Analysis is not { } analysis)
            {
                continue;
            }

            findings.AddRange(analysis.Findings);
            problems.AddRange(analysis.Problems);
            foreach (var (finding, more) in analysis.Repeats ?? new Dictionary<LogFinding, long>())
            {
                repeats[finding] = more;
            }
        }

        return new LogReport(analyzed, findings, problems, clock.Elapsed, repeats);
    }

    /// <summary>One source read and analysed: what is said of the file, and what its rules found (none when it could
    /// not be read, or is of no kind wutk knows).</summary>
    private readonly record struct Outcome(AnalyzedFile File, FileAnalysis? Analysis);

    private static Outcome Analyze(
        LogSource source,
        LogAnalyzer analyzer,
        IReadOnlyList<ILogRuleFactory> rules,
        bool readsUnknown,
        Action<string, long>? progress,
        bool prefilter,
        CancellationToken cancellationToken)
    {
        var path = source.Name;
        try
        {
            using var opened = source.Open(cancellationToken);
            if (opened.Kind == LogKind.Unknown && !readsUnknown)
            {
                // Read as raw lines, it would pass every rule: a file that was not analysed must not look clean.
                return new Outcome(new AnalyzedFile(path, LogKind.Unknown, 0, LogStrings.FormatNotAKnownLog(path)), null);
            }

            var filter = prefilter && opened.Resource is LogFile file ? file.Filter = RulePrefilter.For(rules, opened.Kind) : null;
            var result = analyzer.Analyze(path, opened.Kind, Counted(opened.Entries, path, progress), filter, cancellationToken);
            return new Outcome(result.File with { KindFromContent = opened.KindFromContent, Unwrapped = opened.Unwrapped }, result);
        }
        catch (Exception ex) when (ex is LogFormatException or IOException or UnauthorizedAccessException)
        {
            return new Outcome(new AnalyzedFile(path, LogKind.Unknown, 0, ex.Message.ReplaceLineEndings(" ")), null);
        }
    }

    /// <summary>The progress callback, called by one file's reader at a time.</summary>
    private static Action<string, long> Serialized(Action<string, long> progress)
    {
        var gate = new Lock();
        return (path, count) =>
        {
            lock (gate)
            {
                progress(path, count);
            }
        };
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
