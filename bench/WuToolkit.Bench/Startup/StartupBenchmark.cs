using System.Globalization;

namespace WuToolkit.Bench.Startup;

/// <summary>
/// How long wutk takes to answer, against the floor (a bare <c>dotnet new console</c> hello world, started the same
/// way): the cost of the command line, plugin discovery, loading and composition, as a multiple of what any .NET
/// program pays to start. Every command is measured in the same run (hyperfine when installed), so the machine's speed
/// cancels out of the ratios. wutk is measured from a Release publish, as the tool package holds it, with a metadata
/// cache of its own (warmed by the warm-up runs); <c>--plugin-count</c> generated plugins add the many-plugins cases.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        var work = Path.Combine(Path.GetTempPath(), "wutk-bench-startup");
        Directory.CreateDirectory(work);
        await output.WriteLineAsync($"work folder {work}").ConfigureAwait(false);
        await output.WriteLineAsync("building the floor (dotnet new console, Release)").ConfigureAwait(false);
        var floor = await Floor.BuildAsync(work).ConfigureAwait(false);
        string wutk;
        if (options.WutkGiven)
        {
            wutk = options.WutkDll;
        }
        else
        {
            await output.WriteLineAsync($"publishing wutk (Release{string.Concat(options.PublishProperties.Select(p => ", " + p))})").ConfigureAwait(false);
            wutk = await WutkBuild.PublishAsync(options.RepoRoot, work, options.PublishProperties).ConfigureAwait(false);
        }

        string? farm = null;
        if (options.PluginCount > 0)
        {
            await output.WriteLineAsync($"building {options.PluginCount} generated plugins").ConfigureAwait(false);
            farm = await PluginFarm.BuildAsync(work, Path.Combine(Path.GetDirectoryName(wutk)!, "WuToolkit.Abstractions.dll"), options.PluginCount).ConfigureAwait(false);
        }

        var cache = Path.Combine(work, "cache");
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        var environment = new Dictionary<string, string> { ["NO_COLOR"] = "1", ["WUTK_CACHE"] = cache, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        var cases = Cases(options, floor, wutk, farm);
        var timer = new Timer(Math.Max(options.Runs, 5), options.Warmups, environment, work);
        await output.WriteLineAsync($"timing {cases.Count} commands with {timer.Tool}: {options.Warmups} warm-up runs, {Math.Max(options.Runs, 5)} runs each, medians").ConfigureAwait(false);
        var timings = await timer.MeasureAsync(cases, output).ConfigureAwait(false);
        await WriteTableAsync(timings, output, timer.Tool).ConfigureAwait(false);
        await JitProfile.WriteTableAsync(await JitProfile.MeasureAsync(cases, environment, work).ConfigureAwait(false), output).ConfigureAwait(false);
        await WriteMemoryAsync(cases, environment, output).ConfigureAwait(false);
        return timings.All(t => t.Case.Goal is not { } goal || t.MedianMilliseconds / timings[0].MedianMilliseconds <= goal) ? 0 : 1;
    }

    private static List<StartupCase> Cases(BenchOptions options, string floor, string wutk, string? farm)
    {
        var sample = Path.Combine(options.RepoRoot, "samples", "snapshots", "services-disabled.json");
        var cases = new List<StartupCase>
        {
            new("floor: dotnet hello world", "dotnet", [floor], null),
            new("wutk --version", "dotnet", [wutk, "--version"], 1.3),
            new("wutk --help", "dotnet", [wutk, "--help"], 1.3),
            new("wutk list", "dotnet", [wutk, "list"], 2),
            new("wutk run --snapshot <sample>", "dotnet", [wutk, "run", "--snapshot", sample], 5) { ExpectedExitCodes = [0, 1] },
            new("wutk explain 0x8024402C", "dotnet", [wutk, "explain", "0x8024402C"], 3),
        };
        if (farm is not null)
        {
            var count = options.PluginCount;
            cases.Add(new($"wutk list (+{count} plugins)", "dotnet", [wutk, "list", "--plugins", farm], 3));
            cases.Add(new($"wutk run <1 of {count} plugins>", "dotnet", [wutk, "run", PluginFarm.CheckId(count / 2), "--snapshot", sample, "--plugins", farm], null)
            {
                ExpectedExitCodes = [0, 1],
            });
        }

        return cases;
    }

    /// <summary>What each command's resident memory holds at its highest (the peak MB column, taken apart).</summary>
    private static async Task WriteMemoryAsync(IReadOnlyList<StartupCase> cases, IReadOnlyDictionary<string, string> environment, TextWriter output)
    {
        var rows = new List<string>();
        foreach (var startupCase in cases)
        {
            if (await MemoryProfile.RunAsync(startupCase.Program, startupCase.Arguments, environment).ConfigureAwait(false) is { } profile)
            {
                rows.Add(profile.Row(startupCase.Name));
            }
        }

        if (rows.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("resident memory at its highest, by what it holds (MB, /proc/PID/smaps):").ConfigureAwait(false);
            await output.WriteLineAsync(MemoryProfile.Header("command")).ConfigureAwait(false);
            foreach (var row in rows)
            {
                await output.WriteLineAsync(row).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteTableAsync(IReadOnlyList<StartupTiming> timings, TextWriter output, string tool)
    {
        var floor = timings[0].MedianMilliseconds;
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {tool}")).ConfigureAwait(false);
        await output.WriteLineAsync("| command | median ms | × floor | goal | met | peak MB |").ConfigureAwait(false);
        await output.WriteLineAsync("|---|---:|---:|---:|---|---:|").ConfigureAwait(false);
        foreach (var timing in timings)
        {
            var ratio = timing.MedianMilliseconds / floor;
            var goal = timing.Case.Goal is { } wanted ? string.Create(CultureInfo.InvariantCulture, $"{wanted:0.0#}×") : "—";
            var met = timing.Case.Goal switch
            {
                null => "—",
                { } g when ratio <= g => "yes",
                { } g => string.Create(CultureInfo.InvariantCulture, $"no (+{(ratio / g - 1) * 100:0}%)"),
            };
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {timing.Case.Name} | {timing.MedianMilliseconds:0} | {ratio:0.00}× | {goal} | {met} | {timing.PeakKilobytes / 1024.0:0} |")).ConfigureAwait(false);
        }
    }
}
