using System.Globalization;
using System.Text.Json;

namespace WuToolkit.Bench.Startup;

/// <summary>
/// Times whole processes: with hyperfine when it is installed (warm-up runs, then <c>runs</c> runs, no shell in between),
/// else with the same scheme here (warm-ups, then the median of the runs, each timed from start to exit). Peak memory
/// comes from GNU time (<c>/usr/bin/time -f %M</c>), or from sampling <c>/proc</c> without it.
/// </summary>
internal sealed class Timer(int runs, int warmups, IReadOnlyDictionary<string, string> environment, string workFolder)
{
    public string Tool { get; } = Shell.Find("hyperfine") is { } path ? $"hyperfine ({path})" : "internal harness";

    private bool UsesHyperfine => Tool.StartsWith("hyperfine", StringComparison.Ordinal);

    public async Task<IReadOnlyList<StartupTiming>> MeasureAsync(IReadOnlyList<StartupCase> cases, TextWriter log)
    {
        foreach (var startupCase in cases)
        {
            await EnsureWorksAsync(startupCase).ConfigureAwait(false);
        }

        var medians = UsesHyperfine ? await HyperfineAsync(cases).ConfigureAwait(false) : await InternalAsync(cases).ConfigureAwait(false);
        var timings = new List<StartupTiming>();
        for (var i = 0; i < cases.Count; i++)
        {
            var peak = await PeakKilobytesAsync(cases[i]).ConfigureAwait(false);
            timings.Add(new StartupTiming(cases[i], medians[i], peak));
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  measured {cases[i].Name}: {medians[i]:0.0} ms, {peak / 1024.0:0} MB")).ConfigureAwait(false);
        }

        return timings;
    }

    /// <summary>A command that fails would be timed failing fast: it stops the benchmark instead.</summary>
    private async Task EnsureWorksAsync(StartupCase startupCase)
    {
        var (code, output) = await Shell.RunAsync(startupCase.Program, startupCase.Arguments, environment: environment).ConfigureAwait(false);
        if (!startupCase.ExpectedExitCodes.Contains(code))
        {
            throw new InvalidOperationException($"{startupCase.Name} exited {code}:\n{string.Join('\n', output.Split('\n').Take(10))}");
        }
    }

    private async Task<double[]> HyperfineAsync(IReadOnlyList<StartupCase> cases)
    {
        var json = Path.Combine(workFolder, "hyperfine.json");
        var arguments = new List<string>
        {
            "--shell=none", "--ignore-failure", "--style", "basic",
            "--warmup", warmups.ToString(CultureInfo.InvariantCulture),
            "--runs", runs.ToString(CultureInfo.InvariantCulture),
            "--export-json", json,
        };
        foreach (var startupCase in cases)
        {
            arguments.Add("--command-name");
            arguments.Add(startupCase.Name);
            arguments.Add(string.Join(' ', new[] { startupCase.Program }.Concat(startupCase.Arguments).Select(Quote)));
        }

        await Shell.MustRunAsync("hyperfine", "hyperfine", arguments, environment: environment).ConfigureAwait(false);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json).ConfigureAwait(false));
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(result => result.GetProperty("median").GetDouble() * 1000)];
    }

    private static string Quote(string word) =>
        word.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '\\') ? "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : word;

    private async Task<double[]> InternalAsync(IReadOnlyList<StartupCase> cases)
    {
        var medians = new double[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            for (var warm = 0; warm < warmups; warm++)
            {
                await Measurement.RunAsync(cases[i].Program, cases[i].Arguments, environment: environment).ConfigureAwait(false);
            }

            var times = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                times.Add((await Measurement.RunAsync(cases[i].Program, cases[i].Arguments, environment: environment).ConfigureAwait(false)).Elapsed.TotalMilliseconds);
            }

            times.Sort();
            medians[i] = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        }

        return medians;
    }

    /// <summary>The largest resident set of three runs, in KiB.</summary>
    private async Task<long> PeakKilobytesAsync(StartupCase startupCase)
    {
        long peak = 0;
        for (var run = 0; run < 3; run++)
        {
            if (File.Exists("/usr/bin/time"))
            {
                var (_, output) = await Shell.RunAsync("/usr/bin/time", new[] { "-f", "peak-kb=%M", startupCase.Program }.Concat(startupCase.Arguments), environment: environment).ConfigureAwait(false);
                var line = output.Split('\n').LastOrDefault(l => l.StartsWith("peak-kb=", StringComparison.Ordinal));
                if (line is not null && long.TryParse(line["peak-kb=".Length..], CultureInfo.InvariantCulture, out var kb))
                {
                    peak = Math.Max(peak, kb);
                    continue;
                }
            }

            peak = Math.Max(peak, (await Measurement.RunAsync(startupCase.Program, startupCase.Arguments, environment: environment).ConfigureAwait(false)).PeakBytes / 1024);
        }

        return peak;
    }
}
