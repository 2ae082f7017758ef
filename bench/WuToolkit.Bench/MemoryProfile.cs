using System.Diagnostics;
using System.Globalization;

namespace WuToolkit.Bench;

/// <summary>
/// What a process's resident memory is made of at its highest: the runtime's and the framework's code, wutk's own
/// assemblies, native libraries (ICU, OpenSSL, the C++ library), the code the JIT wrote, and anonymous memory (the GC
/// heap, native allocations and thread stacks). It reads <c>/proc/PID/smaps</c> each time the resident set grows past
/// its last high, so the breakdown belongs to the highest sample (Linux only; elsewhere nothing is measured).
/// </summary>
internal sealed record MemoryProfile(long PeakKilobytes, IReadOnlyDictionary<string, long> Kilobytes)
{
    public const string Framework = "framework assemblies";
    public const string Runtime = "runtime (native)";
    public const string Wutk = "wutk and its libraries";
    public const string Native = "system libraries";
    public const string JitCode = "JIT-compiled code";
    public const string Anonymous = "anonymous (GC heap, native heap, stacks)";
    public const string Other = "other files";

    public static IReadOnlyList<string> Parts { get; } = [Anonymous, Framework, Runtime, Wutk, Native, JitCode, Other];

    public static async Task<MemoryProfile?> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        using var process = Process.Start(Measurement.StartInfo(program, arguments, environment))!;

        // Drained, not kept: a profile only needs the process to run as it would.
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var error = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        long highest = 0;
        IReadOnlyDictionary<string, long>? parts = null;
        while (!process.HasExited)
        {
            var resident = ResidentKilobytes(process.Id);
            if (resident > highest && Read(process.Id) is { } sample)
            {
                highest = resident;
                parts = sample;
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        await Task.WhenAll(output, error).ConfigureAwait(false);
        return parts is null ? null : new MemoryProfile(highest, parts);
    }

    /// <summary>One row for a Markdown table: the peak, then each part in <see cref="Parts"/> order, in MB.</summary>
    public string Row(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {PeakKilobytes / 1024.0:0} | ")
        + string.Join(" | ", Parts.Select(part => string.Create(CultureInfo.InvariantCulture, $"{Kilobytes.GetValueOrDefault(part) / 1024.0:0.0}")))
        + " |";

    public static string Header(string first) =>
        $"| {first} | peak MB | " + string.Join(" | ", Parts) + " |\n|---|---:|" + string.Concat(Parts.Select(_ => "---:|"));

    private static long ResidentKilobytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static Dictionary<string, long>? Read(int pid)
    {
        try
        {
            var parts = new Dictionary<string, long>(StringComparer.Ordinal);
            var part = Other;
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
            {
                if (IsMappingHeader(line))
                {
                    var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                    part = Classify(fields.Length == 6 ? fields[5].Trim() : "");
                }
                else if (line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line["Rss:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    parts[part] = parts.GetValueOrDefault(part) + kb;
                }
            }

            return parts;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // A mapping's first line starts with its address range ("7f1c2a000000-7f1c2a021000 r-xp ...").
    private static bool IsMappingHeader(string line)
    {
        var dash = line.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && line[..dash].All(Uri.IsHexDigit);
    }

    internal static string Classify(string path)
    {
        if (path.Length == 0 || path.StartsWith('[') || path.StartsWith("/memfd:", StringComparison.Ordinal) && !path.Contains("doublemapper", StringComparison.Ordinal))
        {
            return Anonymous;
        }

        if (path.Contains("doublemapper", StringComparison.Ordinal))
        {
            return JitCode;
        }

        var inDotnet = path.Contains("/dotnet/", StringComparison.Ordinal);
        if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return inDotnet && path.Contains("/shared/", StringComparison.Ordinal) ? Framework : Wutk;
        }

        if (inDotnet)
        {
            return Runtime;
        }

        if (path.Contains(".so", StringComparison.Ordinal))
        {
            return Native;
        }

        return Other;
    }
}
