using System.Diagnostics;

namespace WuToolkit.Bench;

/// <summary>One timed run of a program: wall time, peak resident memory and what it printed.</summary>
internal sealed record Measurement(TimeSpan Elapsed, long PeakBytes, int ExitCode, string Output)
{
    /// <summary>Runs a program to the end, sampling its peak resident set (VmHWM) while it runs.</summary>
    public static async Task<Measurement> RunAsync(string program, IEnumerable<string> arguments, string? stdoutFile = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(program, arguments, environment);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakOf(process.Id));
            await Task.Delay(20).ConfigureAwait(false);
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        clock.Stop();
        var text = await output.ConfigureAwait(false);
        _ = await error.ConfigureAwait(false);
        if (stdoutFile is not null)
        {
            // grep only counts properly when its output goes somewhere real (to /dev/null it stops at the first match).
            await File.WriteAllTextAsync(stdoutFile, text).ConfigureAwait(false);
        }

        return new Measurement(clock.Elapsed, peak, process.ExitCode, text);
    }

    /// <summary>How every measured program starts: output redirected, no colour, the given environment on top.</summary>
    public static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static long PeakOf(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
