using System.Globalization;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Bench;

/// <summary>
/// <c>wutk logs analyze</c> (the published Release build, whole process) against
/// <c>grep -ciE 'error|fail|0x8[0-9a-f]{7}'</c> on 1 GiB each of CBS.log, WindowsUpdate.log and setupact.log, built by
/// repeating the corpus's real excerpts, in the same run so that the machine's speed cancels out of the ratio. Each
/// program runs once to warm the page cache and its own code, then <see cref="BenchOptions.Runs"/> times; medians.
/// </summary>
internal static class LogsScanBenchmark
{
    /// <summary>What grep looks for: the words and codes a person would grep a log for.</summary>
    public const string GrepPattern = "error|fail|0x8[0-9a-f]{7}";

    /// <summary>Each log, the corpus folder and files it is built from, and its kind (also the logs the <c>reader</c>
    /// benchmark profiles).</summary>
    internal static readonly (string Name, string Folder, string Pattern, LogKind Kind)[] Logs =
    [
        ("CBS.log", "cbs", "*.log", LogKind.Cbs),
        ("WindowsUpdate.log", "windowsupdate", "*.log", LogKind.WindowsUpdate),
        ("setupact.log", "setup", "*setupact*.log", LogKind.SetupAct),
    ];

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        if (!File.Exists(options.WutkDll))
        {
            await output.WriteLineAsync($"publish wutk first: dotnet publish -c Release src/Host -o <folder>, then --wutk <folder>/wutk.dll (looked for {options.WutkDll})").ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores; {options.SizeMegabytes} MiB per log; median of {options.Runs} runs after a warm-up; wutk: {options.WutkDll}{string.Concat(options.WutkEnvironment.Select(e => $" {e.Key}={e.Value}"))}")).ConfigureAwait(false);
        await output.WriteLineAsync("| log | grep -ciE | wutk logs analyze | speed ratio (goal >= 1.0) | wutk peak MB (goal < 64) | grep count | wutk findings |").ConfigureAwait(false);
        await output.WriteLineAsync("|---|---|---|---|---|---|---|").ConfigureAwait(false);
        var memory = new List<(string Name, MemoryProfile? Profile)>();
        foreach (var (name, folder, pattern, _) in Logs)
        {
            var work = Directory.CreateTempSubdirectory("wutk-bench-");
            try
            {
                var log = Path.Combine(work.FullName, name);
                BuildLog(Path.Combine(options.Corpus, folder), pattern, (long)options.SizeMegabytes * 1024 * 1024, log);
                var grepOut = Path.Combine(work.FullName, "grep.out");
                string[] grepArgs = ["-ciE", GrepPattern, log];
                string[] wutkArgs = [options.WutkDll, "logs", "analyze", log, "--format", "json"];
                _ = await Measurement.RunAsync("grep", grepArgs, grepOut).ConfigureAwait(false);
                _ = await Measurement.RunAsync("dotnet", wutkArgs, environment: options.WutkEnvironment).ConfigureAwait(false);
                var grep = new List<Measurement>();
                var wutk = new List<Measurement>();
                for (var run = 0; run < options.Runs; run++)
                {
                    grep.Add(await Measurement.RunAsync("grep", grepArgs, grepOut).ConfigureAwait(false));
                    wutk.Add(await Measurement.RunAsync("dotnet", wutkArgs, environment: options.WutkEnvironment).ConfigureAwait(false));
                }

                var grepTime = CbsScanBenchmark.Median(grep.Select(m => m.Elapsed.TotalSeconds));
                var wutkTime = CbsScanBenchmark.Median(wutk.Select(m => m.Elapsed.TotalSeconds));
                var wutkPeak = wutk.Max(m => m.PeakBytes) / (1024.0 * 1024);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {grepTime:0.00} s | {wutkTime:0.00} s (exit {wutk[0].ExitCode}) | **{grepTime / wutkTime:0.00}** | {wutkPeak:0} | {grep[0].Output.Trim()} | {Findings(wutk[0].Output)} |")).ConfigureAwait(false);
                memory.Add((name, await MemoryProfile.RunAsync("dotnet", wutkArgs, options.WutkEnvironment).ConfigureAwait(false)));
                if (memory.Count == 1)
                {
                    // The same command over one line of the log: what the process holds before the scan adds anything.
                    var small = Path.Combine(work.FullName, "one-line-" + name);
                    await File.WriteAllLinesAsync(small, File.ReadLines(log).Take(1)).ConfigureAwait(false);
                    memory.Insert(0, ("one line of " + name, await MemoryProfile.RunAsync("dotnet", [options.WutkDll, "logs", "analyze", small, "--format", "json"], options.WutkEnvironment).ConfigureAwait(false)));
                }
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }

        await WriteMemoryAsync(memory, output).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The profile behind the peak-memory column: what the resident set held at its highest.</summary>
    private static async Task WriteMemoryAsync(IReadOnlyList<(string Name, MemoryProfile? Profile)> memory, TextWriter output)
    {
        if (memory.All(m => m.Profile is null))
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("wutk's resident memory at its highest, by what it holds (MB, /proc/PID/smaps):").ConfigureAwait(false);
        await output.WriteLineAsync(MemoryProfile.Header("wutk logs analyze over")).ConfigureAwait(false);
        foreach (var (name, profile) in memory)
        {
            if (profile is not null)
            {
                await output.WriteLineAsync(profile.Row(name)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes <paramref name="size"/> bytes of one log by repeating the corpus files of it, each without its BOM.</summary>
    public static long BuildLog(string folder, string pattern, long size, string path)
    {
        var sources = Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        using var stream = File.Create(path);
        while (stream.Length < size)
        {
            foreach (var source in sources)
            {
                var offset = source.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
                stream.Write(source, offset, source.Length - offset);
                if (source.Length > offset && source[^1] != (byte)'\n')
                {
                    // An excerpt cut short must not run into the next one's first line.
                    stream.Write("\r\n"u8);
                }
            }
        }

        return stream.Length;
    }

    private static string Findings(string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("findings", out var findings) && findings.ValueKind == System.Text.Json.JsonValueKind.Array
                ? findings.GetArrayLength().ToString(CultureInfo.InvariantCulture)
                : "?";
        }
        catch (System.Text.Json.JsonException)
        {
            return "?";
        }
    }
}
