using System.Globalization;
using System.Text.Json.Nodes;

namespace WuToolkit.Bench;

/// <summary>
/// <c>wutk report</c> over a fleet: writes 10,000 run results (the samples' real <c>wutk run --format json</c> outputs,
/// each given its own host name, time and version, in a varied mix of verdicts) into a temporary folder, then times the
/// whole process over them (table, and JSON to a file) and its peak resident memory.
/// </summary>
internal static class ReportBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, int machines = 10_000)
    {
        if (!File.Exists(options.WutkDll))
        {
            await output.WriteLineAsync($"build wutk first: dotnet build -c Release src/Host (looked for {options.WutkDll})").ConfigureAwait(false);
            return 2;
        }

        var templates = new List<string>();
        foreach (var sample in Directory.GetFiles(Path.Combine(options.RepoRoot, "samples", "snapshots"), "*.json").Order(StringComparer.Ordinal))
        {
            var run = await Measurement.RunAsync("dotnet", [options.WutkDll, "run", "--format", "json", "--snapshot", sample]).ConfigureAwait(false);
            templates.Add(run.Output);
        }

        var folder = Directory.CreateTempSubdirectory("wutk-bench-report-").FullName;
        try
        {
            var versions = new[] { "1.0.0", "1.1.0", "1.2.0" };
            for (var i = 0; i < machines; i++)
            {
                var root = JsonNode.Parse(templates[(i * 7 + i / 13) % templates.Count])!.AsObject();
                root["machine"]!["host"] = $"PC-{i:D6}";
                root["machine"]!["hostRedacted"] = false;
                root["toolVersion"] = versions[i % versions.Length];
                root["startedUtc"] = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i * 3);
                var site = Path.Combine(folder, $"site-{i % 20:D2}");
                Directory.CreateDirectory(site);
                await File.WriteAllTextAsync(Path.Combine(site, $"PC-{i:D6}.json"), root.ToJsonString()).ConfigureAwait(false);
            }

            var bytes = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{machines:N0} results, {bytes / (1024.0 * 1024):0} MB, {Environment.ProcessorCount} cores")).ConfigureAwait(false);
            var json = Path.Combine(Path.GetTempPath(), $"wutk-bench-report-{Environment.ProcessId}.json");
            var cases = new (string Name, string[] Arguments)[]
            {
                ("wutk report (table)", [options.WutkDll, "report", folder]),
                ("wutk report --format json -o", [options.WutkDll, "report", "--format", "json", "-o", json, folder]),
                ("wutk report --format csv", [options.WutkDll, "report", "--format", "csv", folder]),
            };
            foreach (var (name, arguments) in cases)
            {
                var times = new List<double>();
                long peak = 0;
                for (var run = 0; run < Math.Max(1, options.Runs); run++)
                {
                    var measurement = await Measurement.RunAsync("dotnet", arguments).ConfigureAwait(false);
                    times.Add(measurement.Elapsed.TotalSeconds);
                    peak = Math.Max(peak, measurement.PeakBytes);
                    if (measurement.ExitCode is not (0 or 1 or 3))
                    {
                        await output.WriteLineAsync($"{name}: exit code {measurement.ExitCode}").ConfigureAwait(false);
                        return 1;
                    }
                }

                times.Sort();
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-32} {times[times.Count / 2],6:0.00} s  {peak / (1024.0 * 1024),5:0} MB peak  ({machines / times[times.Count / 2]:N0} results/s)")).ConfigureAwait(false);
            }

            File.Delete(json);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
