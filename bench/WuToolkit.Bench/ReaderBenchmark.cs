using System.Diagnostics;
using System.Globalization;
using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Output;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Reading.Lines;
using WuToolkit.Logs.Sources;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Bench;

/// <summary>
/// Where the time of <c>wutk logs analyze --format json</c> goes, inside one process, for each log the <c>logs</c>
/// benchmark builds (CBS.log, WindowsUpdate.log, setupact.log from the corpus). Each stage is a pass of its own over
/// the same file, each pass doing one thing more than the one before, so a stage's cost is the difference: reading the
/// bytes, splitting lines, the marker search (the prefilter), building entries (every one, then only those with a
/// marker), the rules (each rule's <c>Observe</c> timed apart, and the findings it adds), then the report: the
/// analysis' own findings list, the report's first failure, runs and superseded findings, and the host's JSON writer.
/// Start-up and plugin loading, which the <c>logs</c> benchmark's whole-process time includes, are left out.
/// </summary>
internal static class ReaderBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        var rules = LogRuleFactory.FromAssembly(typeof(CbsSfcRepairRule).Assembly);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores; {options.SizeMegabytes} MiB per log; median of {options.Runs} runs of each pass after a warm-up; shares are of the whole analysis with its JSON")).ConfigureAwait(false);
        foreach (var (name, folder, pattern, kind) in LogsScanBenchmark.Logs)
        {
            if (options.Log is { } only && !name.StartsWith(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var work = Directory.CreateTempSubdirectory("wutk-bench-");
            try
            {
                var log = Path.Combine(work.FullName, name);
                var bytes = LogsScanBenchmark.BuildLog(Path.Combine(options.Corpus, folder), pattern, (long)options.SizeMegabytes * 1024 * 1024, log);
                await Profile(log, bytes, kind, rules, options.Runs, output).ConfigureAwait(false);
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }

        return 0;
    }

    private static async Task Profile(string log, long bytes, LogKind kind, IReadOnlyList<ILogRuleFactory> rules, int runs, TextWriter output)
    {
        var reading = rules.Where(rule => rule.Kinds.Contains(kind)).ToList();
        var filter = RulePrefilter.For(rules, kind) ?? throw new InvalidOperationException($"the {kind} rules declare no markers");

        // Every pass once to compile it, then the passes interleaved run after run, so that a change of the machine's
        // load falls on all of them alike.
        var passes = new (string Name, Func<Pass> Run)[]
        {
            ("read the file in 64 KiB blocks", () => ReadBytes(log)),
            ("split into lines", () => SplitLines(log, null)),
            ("split + marker search (prefilter)", () => SplitLines(log, filter)),
            ("split + marker search, all markers in one set", () => SplitLines(log, filter, int.MaxValue)),
            ("split + marker search, sets of 8", () => SplitLines(log, filter, 8)),
            ("split + marker search, sets of 12", () => SplitLines(log, filter, 12)),
            ("split + marker search, sets of 16", () => SplitLines(log, filter, 16)),
            ("split + marker search, sets of 24", () => SplitLines(log, filter, 24)),
            ("entries, every one built (prefilter off)", () => Entries(log, kind, null)),
            ("entries, prefiltered", () => Entries(log, kind, rules)),
            ("prefiltered entries + rules, timed per rule", () => Rules(log, kind, rules, reading)),
        };
        var results = passes.Select(pass => new List<Pass>()).ToArray();
        var whole = new List<Whole>();
        foreach (var pass in passes)
        {
            pass.Run();
        }

        await WholeAsync(log, rules).ConfigureAwait(false);
        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < passes.Length; i++)
            {
                results[i].Add(Measure(passes[i].Run));
            }

            whole.Add(await WholeAsync(log, rules).ConfigureAwait(false));
        }

        var median = results.Select(list => list.OrderBy(pass => pass.Seconds).ElementAt(list.Count / 2)).ToArray();
        var total = whole.OrderBy(w => w.Seconds).ElementAt(whole.Count / 2);
        var megabytes = bytes / (1024.0 * 1024);
        var (read, split, marked, oneSet, every, filtered, ruled) = (median[0], median[1], median[2], median[3], median[8], median[9], median[10]);
        var detail = ruled.Detail!;

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(log)}: {megabytes:0} MB, {split.Count:N0} lines, {every.Count:N0} entries, {filtered.Count:N0} built with the prefilter ({Share(filtered.Count, every.Count)} of them), {reading.Count} rules, {total.Findings:N0} findings, {total.JsonBytes / 1024.0:N0} KiB of JSON")).ConfigureAwait(false);
        await output.WriteLineAsync("| stage | pass (s) | stage (s) | share | MB/s | MB allocated | what it did |").ConfigureAwait(false);
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|---|").ConfigureAwait(false);
        async Task Row(string stage, double? pass, double seconds, double? allocated, string note) =>
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {stage} | {(pass is { } p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "")} | {seconds:0.000} | {Share(seconds, total.Seconds)} | {(seconds > 0 ? megabytes / seconds : 0):0} | {(allocated is { } a ? (a / (1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) : "")} | {note} |")).ConfigureAwait(false);

        await Row("read the bytes (64 KiB blocks)", read.Seconds, read.Seconds, read.Allocated, "");
        await Row("split into lines", split.Seconds, split.Seconds - read.Seconds, split.Allocated, string.Create(CultureInfo.InvariantCulture, $"{split.Count:N0} lines"));
        await Row("marker search (prefilter)", marked.Seconds, marked.Seconds - split.Seconds, marked.Allocated - split.Allocated, string.Create(CultureInfo.InvariantCulture, $"{marked.Count:N0} lines hold a marker"));
        await Row("  the same, all markers in one set", oneSet.Seconds, oneSet.Seconds - split.Seconds, oneSet.Allocated - split.Allocated, "as searched before the sets were split");
        foreach (var (size, sized) in new[] { (8, median[4]), (12, median[5]), (16, median[6]), (24, median[7]) })
        {
            await Row($"  the same, sets of at most {size}", sized.Seconds, sized.Seconds - split.Seconds, null, "");
        }

        await Row("entry building, prefilter off", every.Seconds, every.Seconds - split.Seconds, every.Allocated, string.Create(CultureInfo.InvariantCulture, $"{every.Count:N0} entries"));
        await Row("entry building, prefiltered", filtered.Seconds, filtered.Seconds - marked.Seconds, filtered.Allocated - marked.Allocated, string.Create(CultureInfo.InvariantCulture, $"{filtered.Count:N0} entries built, {detail.Skipped:N0} skipped"));
        // The rules' share is the analysis' time beyond building its entries; the pass that times each rule apart pays
        // for its clock too, so its own figures say how the rules share that time rather than how much it is.
        await Row("rules (Observe + Complete)", null, total.Analysis - filtered.Seconds, ruled.Allocated - filtered.Allocated,
            string.Create(CultureInfo.InvariantCulture, $"the analysis less its entries; timed rule by rule: {detail.Observing.TotalSeconds:0.000} s, of which adding findings {detail.Adding.TotalSeconds:0.000} s ({detail.Added:N0} added, {detail.Kept:N0} kept)"));
        foreach (var rule in detail.PerRule.OrderByDescending(r => r.Time))
        {
            await Row($"  {rule.Id}", null, rule.Time.TotalSeconds, null, string.Create(CultureInfo.InvariantCulture, $"{rule.Added:N0} findings said"));
        }

        await Row("findings list (repeats, generic ones)", null, total.Listing, null, string.Create(CultureInfo.InvariantCulture, $"{total.Findings:N0} findings"));
        await Row("report: first failure, runs, superseded", null, total.Reporting, total.ReportingAllocated, string.Create(CultureInfo.InvariantCulture, $"{total.Attempts:N0} runs"));
        await Row("JSON writing (host formatter)", null, total.Writing, total.WritingAllocated, string.Create(CultureInfo.InvariantCulture, $"{total.JsonBytes / 1024.0:N0} KiB"));
        await Row("whole: analysis + JSON", null, total.Seconds, total.Allocated, string.Create(CultureInfo.InvariantCulture, $"analysis alone {total.Analysis:0.000} s"));
    }

    private static string Share(double part, double whole) => whole > 0 ? (part / whole).ToString("0%", CultureInfo.InvariantCulture) : "";

    private static Pass Measure(Func<Pass> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var pass = run();
        return pass with { Seconds = clock.Elapsed.TotalSeconds, Allocated = GC.GetAllocatedBytesForCurrentThread() - allocated };
    }

    /// <summary>The bytes alone, as the reader reads them: the floor of any scan.</summary>
    private static Pass ReadBytes(string log)
    {
        using var stream = LogReader.OpenFile(log);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
        }

        return new Pass(total);
    }

    /// <summary>The reader's line splitting, and with <paramref name="filter"/> its marker search on every line.</summary>
    private static Pass SplitLines(string log, MarkerFilter? filter, int? maxPerSet = null)
    {
        using var stream = LogReader.OpenFile(log);
        using var input = LogReader.OpenInput(stream, log, LogReadOptions.Default);
        var lines = new LineReader<byte>(ChunkReader<byte>.For(input.Body), LogReadOptions.Default.MaxLineChars);
        if (filter is not null)
        {
            lines.UseMarkers(maxPerSet is { } size ? filter.ForBytes(input.Encoding, size) : filter.ForBytes(input.Encoding));
        }

        long count = 0;
        long marked = 0;
        while (lines.MoveNext())
        {
            count++;
            if (filter is not null && lines.HasMarker())
            {
                marked++;
            }
        }

        return new Pass(filter is null ? count : marked);
    }

    /// <summary>The entries the reader gives, every one or (with <paramref name="rules"/>) only those the rules' markers let through.</summary>
    private static Pass Entries(string log, LogKind kind, IReadOnlyList<ILogRuleFactory>? rules)
    {
        using var file = LogReader.Open(log, new LogReadOptions { Kind = kind });
        if (rules is not null)
        {
            file.Filter = RulePrefilter.For(rules, kind);
        }

        long count = 0;
        foreach (var entry in file.Entries())
        {
            count++;
        }

        return new Pass(count);
    }

    /// <summary>As the analyzer runs the rules over one file, with each rule's <c>Observe</c> and each finding added timed apart.</summary>
    private static Pass Rules(string log, LogKind kind, IReadOnlyList<ILogRuleFactory> rules, IReadOnlyList<ILogRuleFactory> reading)
    {
        using var file = LogReader.Open(log, new LogReadOptions { Kind = kind });
        var filter = file.Filter = RulePrefilter.For(rules, kind)!;
        var findings = new FileFindings();
        var sink = new TimedSink(findings);
        var active = reading.Select(rule => (rule.Id, Rule: rule.Create())).ToArray();
        var observing = new long[active.Length];
        var added = new long[active.Length];
        long count = 0;
        foreach (var entry in file.Entries())
        {
            count++;
            for (var i = 0; i < active.Length; i++)
            {
                var (before, start) = (sink.Added, Stopwatch.GetTimestamp());
                active[i].Rule.Observe(entry, sink);
                observing[i] += Stopwatch.GetTimestamp() - start;
                added[i] += sink.Added - before;
            }
        }

        for (var i = 0; i < active.Length; i++)
        {
            var (before, start) = (sink.Added, Stopwatch.GetTimestamp());
            active[i].Rule.Complete(sink);
            observing[i] += Stopwatch.GetTimestamp() - start;
            added[i] += sink.Added - before;
        }

        var perRule = active.Select((rule, i) => new RuleTime(rule.Id, Stopwatch.GetElapsedTime(0, observing[i]), added[i])).ToList();
        var detail = new RulesDetail(perRule, Stopwatch.GetElapsedTime(0, observing.Sum()), Stopwatch.GetElapsedTime(0, sink.Ticks), sink.Added, findings.Count, filter.Skipped);
        return new Pass(count) { Detail = detail };
    }

    /// <summary>The analysis as <c>wutk logs analyze --format json</c> runs it, then its report and JSON, each timed.</summary>
    private static async Task<Whole> WholeAsync(string log, IReadOnlyList<ILogRuleFactory> rules)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var report = LogAnalysisRun.Run([LogSource.File(log)], rules, null, CancellationToken.None);
        var analysis = clock.Elapsed.TotalSeconds;

        var reportingAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var reporting = Stopwatch.StartNew();
        _ = report.FirstFailure();
        var attempts = report.Attempts().Count;
        foreach (var finding in report.Findings)
        {
            _ = report.IsSuperseded(finding);
        }

        var reported = reporting.Elapsed.TotalSeconds;
        reportingAllocated = GC.GetTotalAllocatedBytes(precise: true) - reportingAllocated;

        var writingAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var writing = Stopwatch.StartNew();
        var counter = new CountingStream();
        await using (var text = new StreamWriter(counter, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        {
            await new JsonOutputFormatter(text, "bench").WriteLogsAsync(report, timeline: false, CancellationToken.None).ConfigureAwait(false);
        }

        var written = writing.Elapsed.TotalSeconds;
        writingAllocated = GC.GetTotalAllocatedBytes(precise: true) - writingAllocated;
        return new Whole(clock.Elapsed.TotalSeconds, analysis, Listing(report), reported, written, report.Findings.Count, attempts, counter.Length,
            GC.GetTotalAllocatedBytes(precise: true) - allocated, reportingAllocated, writingAllocated);
    }

    /// <summary>The analysis builds its findings list at its end (<see cref="FileFindings.Findings"/>): timed again here
    /// over the same findings, since inside the analysis it cannot be told apart.</summary>
    private static double Listing(LogReport report)
    {
        var findings = new FileFindings();
        foreach (var finding in report.Findings)
        {
            findings.Add(finding);
        }

        var clock = Stopwatch.StartNew();
        _ = findings.Findings.Count;
        return clock.Elapsed.TotalSeconds;
    }

    private sealed record Pass(long Count)
    {
        public double Seconds { get; init; }

        public long Allocated { get; init; }

        public RulesDetail? Detail { get; init; }
    }

    private sealed record RuleTime(string Id, TimeSpan Time, long Added);

    private sealed record RulesDetail(IReadOnlyList<RuleTime> PerRule, TimeSpan Observing, TimeSpan Adding, long Added, int Kept, long Skipped);

    private sealed record Whole(double Seconds, double Analysis, double Listing, double Reporting, double Writing, int Findings, int Attempts, long JsonBytes,
        long Allocated, long ReportingAllocated, long WritingAllocated);

    /// <summary>The findings sink with the time spent adding findings (deduplication included) counted.</summary>
    private sealed class TimedSink(FileFindings findings) : IFindingSink
    {
        public long Ticks { get; private set; }

        public long Added { get; private set; }

        public void Add(LogFinding finding)
        {
            var start = Stopwatch.GetTimestamp();
            findings.Add(finding);
            Ticks += Stopwatch.GetTimestamp() - start;
            Added++;
        }
    }

    /// <summary>Where the JSON goes: counted, not kept.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
