using System.Diagnostics;
using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Reading;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Bench;

/// <summary>
/// Where the time of a CBS.log scan goes, measured inside one process with the log library: reading the file into
/// entries alone, then reading and running the Logs plugin's rules over them. Start-up, plugin loading and output,
/// which the <c>cbs</c> benchmark's whole-process time includes, are left out; the allocation per entry is what the
/// garbage collector has to clear.
/// </summary>
internal static class ReaderBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        var work = Directory.CreateTempSubdirectory("wutk-bench-");
        try
        {
            var log = Path.Combine(work.FullName, "CBS.log");
            var bytes = CbsScanBenchmark.BuildLog(options, log);
            var megabytes = bytes / (1024.0 * 1024);
            await output.WriteLineAsync($"file: {bytes / (1024 * 1024)} MB of CBS.log built from {Path.Combine(options.Corpus, "cbs")}").ConfigureAwait(false);
            var rules = LogRuleFactory.FromAssembly(typeof(CbsSfcRepairRule).Assembly);
            var cbsRules = rules.Count(rule => rule.Kinds.Contains(LogKind.Cbs));

            // One warm-up of each, so that both are measured with their code compiled.
            Read(log);
            Analyze(log, rules);
            var reads = new List<Run>();
            var analyses = new List<Run>();
            for (var run = 0; run < options.Runs; run++)
            {
                reads.Add(Read(log));
                analyses.Add(Analyze(log, rules));
            }

            foreach (var (name, runs) in new[] { ("read into entries", reads), ($"read and run the {cbsRules} CBS rules", analyses) })
            {
                var seconds = CbsScanBenchmark.Median(runs.Select(r => r.Seconds));
                var entries = runs[0].Entries;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-28} {seconds,6:0.00} s  {megabytes / seconds,6:0} MB/s  {entries:N0} entries  {runs[0].AllocatedBytes / (double)entries,5:0} bytes allocated per entry{(runs[0].Findings is { } found ? $"  {found} findings" : "")}")).ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static Run Read(string path)
    {
        var (allocated, clock) = Start();
        long entries = 0;
        foreach (var entry in LogReader.Read(path, new LogReadOptions { Kind = LogKind.Cbs }))
        {
            entries++;
        }

        return new Run(clock.Elapsed.TotalSeconds, entries, GC.GetTotalAllocatedBytes(precise: true) - allocated, null);
    }

    private static Run Analyze(string path, IReadOnlyList<ILogRuleFactory> rules)
    {
        var (allocated, clock) = Start();
        var analysis = new LogAnalyzer(rules).Analyze(path, LogKind.Cbs, LogReader.Read(path, new LogReadOptions { Kind = LogKind.Cbs }), CancellationToken.None);
        return new Run(clock.Elapsed.TotalSeconds, analysis.File.Entries, GC.GetTotalAllocatedBytes(precise: true) - allocated, analysis.Findings.Count);
    }

    private static (long Allocated, Stopwatch Clock) Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return (GC.GetTotalAllocatedBytes(precise: true), Stopwatch.StartNew());
    }

    private sealed record Run(double Seconds, long Entries, long AllocatedBytes, int? Findings);
}
