using System.Globalization;

namespace WuToolkit.Bench;

/// <summary>
/// wutk's CBS.log scan against <c>grep -c</c> for the same failure lines on the same file, in the same run, so
/// the machine's speed cancels out of the ratio. grep counts lines matching the failure pattern; wutk reads
/// every entry, folds continuation lines and runs every CBS rule.
/// </summary>
internal static class CbsScanBenchmark
{
    /// <summary>The lines the CBS rules report as failures, as one extended regular expression for grep.</summary>
    public const string GrepPattern = @"Cannot repair member file|\(F\)|Failed to|numCorruptions = [1-9]";

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        if (!File.Exists(options.WutkDll))
        {
            await output.WriteLineAsync($"build wutk first: dotnet build -c Release src/Host (looked for {options.WutkDll})").ConfigureAwait(false);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("wutk-bench-");
        try
        {
            var log = Path.Combine(work.FullName, "CBS.log");
            var bytes = BuildLog(options, log);
            await output.WriteLineAsync($"file: {bytes / (1024 * 1024)} MB of CBS.log built from {Path.Combine(options.Corpus, "cbs")}").ConfigureAwait(false);

            var grep = new List<Measurement>();
            var wutk = new List<Measurement>();
            for (var run = 0; run < options.Runs; run++)
            {
                grep.Add(await Measurement.RunAsync("grep", ["-c", "-E", GrepPattern, log], Path.Combine(work.FullName, "grep.out")).ConfigureAwait(false));
                wutk.Add(await Measurement.RunAsync("dotnet", [options.WutkDll, "logs", "analyze", log, "--format", "json"]).ConfigureAwait(false));
            }

            var grepTime = Median(grep.Select(m => m.Elapsed.TotalSeconds));
            var wutkTime = Median(wutk.Select(m => m.Elapsed.TotalSeconds));
            var wutkPeak = wutk.Max(m => m.PeakBytes) / (1024.0 * 1024);
            var grepPeak = grep.Max(m => m.PeakBytes) / (1024.0 * 1024);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"grep -c: {grepTime:0.00} s, {grepPeak:0} MB peak, {grep[0].Output.Trim()} matching lines")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wutk logs analyze: {wutkTime:0.00} s, {wutkPeak:0} MB peak, exit {wutk[0].ExitCode}")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"ratio (wutk speed / grep speed): {grepTime / wutkTime:0.00} (goal >= 0.5); wutk memory {wutkPeak:0} MB (goal < 64)")).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Writes <see cref="BenchOptions.SizeMegabytes"/> of CBS.log to <paramref name="path"/> by repeating the corpus's CBS excerpts.</summary>
    public static long BuildLog(BenchOptions options, string path)
    {
        var sources = Directory.GetFiles(Path.Combine(options.Corpus, "cbs"), "*.log").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToList();
        var target = (long)options.SizeMegabytes * 1024 * 1024;
        using var stream = File.Create(path);
        while (stream.Length < target)
        {
            foreach (var source in sources)
            {
                // Skip each excerpt's UTF-8 BOM: a real CBS.log has one at most, at the start.
                var offset = source.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
                stream.Write(source, offset, source.Length - offset);
            }
        }

        return stream.Length;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
