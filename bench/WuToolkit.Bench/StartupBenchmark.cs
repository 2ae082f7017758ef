using System.Globalization;

namespace WuToolkit.Bench;

/// <summary>
/// How long wutk takes to answer, against a bare <c>dotnet</c> hello world started the same way: the cost of the
/// command line, plugin loading and composition, as a multiple of what any .NET program pays to start.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        if (!File.Exists(options.WutkDll))
        {
            await output.WriteLineAsync($"build wutk first: dotnet build -c Release src/Host (looked for {options.WutkDll})").ConfigureAwait(false);
            return 2;
        }

        var hello = typeof(StartupBenchmark).Assembly.Location;
        var sample = Path.Combine(options.RepoRoot, "samples", "snapshots", "services-disabled.json");
        var cases = new (string Name, string[] Arguments)[]
        {
            ("dotnet hello world", [hello, "hello"]),
            ("wutk --version", [options.WutkDll, "--version"]),
            ("wutk list", [options.WutkDll, "list"]),
            ("wutk run --snapshot (16 checks)", [options.WutkDll, "run", "--snapshot", sample]),
            ("wutk explain 0x8024402C", [options.WutkDll, "explain", "0x8024402C"]),
        };

        var runs = Math.Max(options.Runs, 5);
        double? reference = null;
        foreach (var (name, arguments) in cases)
        {
            await Measurement.RunAsync("dotnet", arguments).ConfigureAwait(false); // warm the disk cache
            var times = new List<double>();
            long peak = 0;
            for (var run = 0; run < runs; run++)
            {
                var measurement = await Measurement.RunAsync("dotnet", arguments).ConfigureAwait(false);
                times.Add(measurement.Elapsed.TotalMilliseconds);
                peak = Math.Max(peak, measurement.PeakBytes);
            }

            times.Sort();
            var median = times[times.Count / 2];
            reference ??= median;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-34} {median,7:0} ms  {median / reference.Value,5:0.0}x hello world  {peak / (1024.0 * 1024),5:0} MB peak")).ConfigureAwait(false);
        }

        return 0;
    }
}
