using System.Globalization;
using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>
/// Reads Linux's <c>/proc/cpuinfo</c> into the processor facts the upgrade requirements judge. Pure: the text comes in,
/// so every layout (Intel, AMD, several sockets, ARM) is tested from recorded files.
/// </summary>
/// <remarks>
/// x86 flags are Linux's own names (<c>sse4_2</c>, <c>lahf_lm</c>, <c>3dnowprefetch</c>); they become the SDK's names
/// (<c>sse4.2</c>, <c>lahf</c>, <c>prefetchw</c>) for the instruction sets Windows asks about, and the kernel's
/// bookkeeping flags (<c>constant_tsc</c>, <c>rep_good</c>, …) are left out. ARM's <c>Features</c> line names only
/// instruction set features, so it is kept as it is.
/// </remarks>
internal static partial class CpuInfo
{
    /// <summary>Linux x86 flag → SDK feature name, in the order features are listed.</summary>
    private static readonly (string Flag, string Feature)[] X86Features =
    [
        ("sse", "sse"),
        ("sse2", "sse2"),
        ("pni", "sse3"),
        ("ssse3", "ssse3"),
        ("sse4_1", "sse4.1"),
        ("sse4_2", "sse4.2"),
        ("popcnt", "popcnt"),
        ("cx8", "cx8"),
        ("cx16", "cx16"),
        ("lahf_lm", "lahf"),
        ("3dnowprefetch", "prefetchw"),
        ("prefetchw", "prefetchw"),
        ("nx", "nx"),
        ("pae", "pae"),
        ("avx", "avx"),
        ("avx2", "avx2"),
        ("avx512f", "avx512f"),
        ("aes", "aes"),
        ("pclmulqdq", "pclmulqdq"),
        ("sha_ni", "sha"),
        ("bmi1", "bmi1"),
        ("bmi2", "bmi2"),
        ("fma", "fma"),
        ("movbe", "movbe"),
        ("rdrand", "rdrand"),
        ("xsave", "xsave"),
    ];

    /// <summary>ARM's implementer codes (the <c>CPU implementer</c> line) for the makers of PC and server processors.</summary>
    private static readonly Dictionary<int, string> ArmImplementers = new()
    {
        [0x41] = "ARM",
        [0x42] = "Broadcom",
        [0x43] = "Cavium",
        [0x46] = "Fujitsu",
        [0x48] = "HiSilicon",
        [0x4E] = "NVIDIA",
        [0x51] = "Qualcomm",
        [0x61] = "Apple",
        [0x6D] = "Microsoft",
        [0xC0] = "Ampere",
    };

    /// <summary>Reads the processor from the text of <c>/proc/cpuinfo</c>.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="architecture">The OS's architecture (<c>x64</c>, <c>arm64</c>), which the file does not state plainly.</param>
    /// <param name="fallbackLogicalProcessors">Used when the file lists no <c>processor</c> entries.</param>
    /// <param name="maxFrequencyKHz">The text of <c>cpufreq/cpuinfo_max_freq</c> (kHz) when there is one: the clock when the
    /// processor's name does not state it.</param>
    public static ProcessorInfo Parse(string text, string architecture, int fallbackLogicalProcessors, string? maxFrequencyKHz = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var processors = Stanzas(text).Where(stanza => stanza.ContainsKey("processor")).ToList();
        var first = processors.FirstOrDefault() ?? Stanzas(text).FirstOrDefault() ?? [];
        var logical = processors.Count > 0 ? processors.Count : fallbackLogicalProcessors;

        var arm = first.ContainsKey("CPU implementer");
        var manufacturer = arm ? ArmImplementer(first) : Value(first, "vendor_id");
        var modelName = Value(first, "model name");
        var name = modelName
            ?? (arm && Value(first, "CPU part") is { } part ? $"{manufacturer ?? "ARM"} CPU part {part}" : null)
            ?? architecture;

        return new ProcessorInfo
        {
            Name = name,
            Manufacturer = manufacturer,
            Architecture = architecture,
            Family = Number(first, arm ? "CPU architecture" : "cpu family"),
            Model = Number(first, arm ? "CPU part" : "model"),
            Stepping = Number(first, arm ? "CPU revision" : "stepping"),
            Cores = Cores(processors),
            LogicalProcessors = Math.Clamp(logical, 1, 65_536),
            MaxClockMHz = RatedClock(modelName) ?? MaxFrequency(maxFrequencyKHz),
            Features = arm ? ArmFeatures(first) : X86(first),
        };
    }

    /// <summary>The blocks of "key : value" lines, one per logical processor, split by blank lines.</summary>
    private static IEnumerable<Dictionary<string, string>> Stanzas(string text)
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    yield return current;
                    current = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                current.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static string? Value(Dictionary<string, string> stanza, string key) =>
        stanza.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>A number as the kernel writes it: decimal, or hexadecimal with <c>0x</c> (ARM's part and implementer).</summary>
    private static int? Number(Dictionary<string, string> stanza, string key)
    {
        if (Value(stanza, key) is not { } text)
        {
            return null;
        }

        var parsed = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number)
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
        return parsed ? number : null;
    }

    private static string? ArmImplementer(Dictionary<string, string> stanza) =>
        Number(stanza, "CPU implementer") is { } code
            ? ArmImplementers.GetValueOrDefault(code, $"0x{code:x2}")
            : null;

    /// <summary>Physical cores: <c>cpu cores</c> of each distinct <c>physical id</c> (socket), added up. ARM lists neither,
    /// and cores cannot be told from threads there, so they are unknown.</summary>
    private static int? Cores(List<Dictionary<string, string>> processors)
    {
        var perSocket = processors
            .Where(stanza => Number(stanza, "cpu cores") is not null)
            .GroupBy(stanza => Value(stanza, "physical id") ?? string.Empty, StringComparer.Ordinal)
            .Select(socket => Number(socket.First(), "cpu cores")!.Value)
            .ToList();
        return perSocket.Count > 0 ? perSocket.Sum() : null;
    }

    /// <summary>The rated clock Intel writes into the name ("… CPU @ 1.60GHz").</summary>
    private static int? RatedClock(string? modelName) =>
        modelName is not null && RatedClockPattern().Match(modelName) is { Success: true } match
            && decimal.TryParse(match.Groups["ghz"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ghz)
            ? (int)Math.Round(ghz * 1000)
            : null;

    private static int? MaxFrequency(string? kiloHertz) =>
        long.TryParse(kiloHertz?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var khz) && khz is > 0 and < int.MaxValue
            ? (int)(khz / 1000)
            : null;

    private static List<string> X86(Dictionary<string, string> stanza)
    {
        var flags = (Value(stanza, "flags") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return X86Features.Where(pair => flags.Contains(pair.Flag)).Select(pair => pair.Feature).Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> ArmFeatures(Dictionary<string, string> stanza) =>
        (Value(stanza, "Features") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(feature => feature.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"@\s*(?<ghz>[0-9]+(?:\.[0-9]+)?)\s*GHz", RegexOptions.CultureInvariant)]
    private static partial Regex RatedClockPattern();
}
