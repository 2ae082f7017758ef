using System.Globalization;
using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// The processor as the upgrade requirements judge it, from what Windows says of it: the registry's
/// <c>HARDWARE\DESCRIPTION\System\CentralProcessor\0</c> (<c>Identifier</c>, <c>ProcessorNameString</c>,
/// <c>VendorIdentifier</c>, <c>~MHz</c>), WMI's Win32_Processor (one instance per socket), and the instruction set
/// features from IsProcessorFeaturePresent and the CPUID instruction.
/// </summary>
public static partial class ProcessorFacts
{
    /// <summary>IsProcessorFeaturePresent's numbers (winnt.h PF_*) and the names the SDK gives their features.</summary>
    public static IReadOnlyList<(int Feature, string Name)> WindowsFeatures { get; } =
    [
        (10, "sse2"),      // PF_XMMI64_INSTRUCTIONS_AVAILABLE
        (12, "nx"),        // PF_NX_ENABLED
        (13, "sse3"),      // PF_SSE3_INSTRUCTIONS_AVAILABLE
        (14, "cx16"),      // PF_COMPARE_EXCHANGE128
        (36, "ssse3"),     // PF_SSSE3_INSTRUCTIONS_AVAILABLE
        (37, "sse4.1"),    // PF_SSE4_1_INSTRUCTIONS_AVAILABLE
        (38, "sse4.2"),    // PF_SSE4_2_INSTRUCTIONS_AVAILABLE
        (19, "neon"),      // PF_ARM_NEON_INSTRUCTIONS_AVAILABLE
        (29, "armv8"),     // PF_ARM_V8_INSTRUCTIONS_AVAILABLE
        (30, "crypto"),    // PF_ARM_V8_CRYPTO_INSTRUCTIONS_AVAILABLE
        (31, "crc32"),     // PF_ARM_V8_CRC32_INSTRUCTIONS_AVAILABLE
        (34, "atomics"),   // PF_ARM_V81_ATOMIC_INSTRUCTIONS_AVAILABLE
    ];

    /// <summary>The family, model and stepping an identifier names: "Intel64 Family 6 Model 142 Stepping 10",
    /// "AMD64 Family 23 Model 113 Stepping 0", "ARMv8 (64-bit) Family 8 Model D0C Revision 301" (an ARM model is the
    /// part number, in hexadecimal, and an ARM revision is no stepping). Null when the text names none.</summary>
    public static (int? Family, int? Model, int? Stepping)? Identity(string? identifier)
    {
        var match = identifier is null ? Match.Empty : IdentifierPattern().Match(identifier);
        if (!match.Success)
        {
            return null;
        }

        var arm = identifier!.TrimStart().StartsWith("ARM", StringComparison.OrdinalIgnoreCase);
        var family = Parse(match.Groups["family"].Value, NumberStyles.None);
        var model = Parse(match.Groups["model"].Value, arm ? NumberStyles.AllowHexSpecifier : NumberStyles.None);
        var stepping = !arm && match.Groups["kind"].Value.Equals("Stepping", StringComparison.OrdinalIgnoreCase)
            ? Parse(match.Groups["stepping"].Value, NumberStyles.None)
            : null;
        return (family, model, stepping);
    }

    /// <summary>The features IsProcessorFeaturePresent reports, by the SDK's names.</summary>
    public static IEnumerable<string> FromWindows(Func<int, bool> isPresent)
    {
        ArgumentNullException.ThrowIfNull(isPresent);
        return WindowsFeatures.Where(feature => isPresent(feature.Feature)).Select(feature => feature.Name);
    }

    /// <summary>
    /// The features the CPUID instruction reports that the upgrade requirements name and IsProcessorFeaturePresent has
    /// no number for: POPCNT (leaf 1, ECX bit 23), LAHF/SAHF in 64-bit mode (leaf 0x80000001, ECX bit 0) and PREFETCHW
    /// (same leaf, ECX bit 8), with SSE4.2 (leaf 1, ECX bit 20) and CMPXCHG16B (leaf 1, ECX bit 13) as a cross-check.
    /// </summary>
    /// <param name="leaf1Ecx">ECX of CPUID leaf 1.</param>
    /// <param name="extendedLeaf1Ecx">ECX of CPUID leaf 0x80000001 (0 when the processor has no such leaf).</param>
    public static IEnumerable<string> FromCpuId(uint leaf1Ecx, uint extendedLeaf1Ecx)
    {
        (uint Register, int Bit, string Name)[] bits =
        [
            (leaf1Ecx, 13, "cx16"),
            (leaf1Ecx, 20, "sse4.2"),
            (leaf1Ecx, 23, "popcnt"),
            (extendedLeaf1Ecx, 0, "lahf"),
            (extendedLeaf1Ecx, 8, "prefetchw"),
        ];
        return bits.Where(bit => (bit.Register & (1u << bit.Bit)) != 0).Select(bit => bit.Name);
    }

    /// <summary>Everything known of the processor.</summary>
    /// <param name="processors">Win32_Processor instances (Name, Manufacturer, Description, NumberOfCores,
    /// NumberOfLogicalProcessors, MaxClockSpeed), one per socket; empty when WMI did not answer.</param>
    /// <param name="registry">The registry's CentralProcessor\0 values: ProcessorNameString, VendorIdentifier,
    /// Identifier, ~MHz.</param>
    /// <param name="architecture">The OS architecture (<c>x64</c>, <c>arm64</c>).</param>
    /// <param name="logicalProcessors">What the OS schedules on, when WMI does not say.</param>
    /// <param name="features">Instruction set features, any order, duplicates allowed.</param>
    public static ProcessorInfo Read(IReadOnlyList<CimRecord> processors, CimRecord registry, string architecture, int logicalProcessors, IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(processors);
        ArgumentNullException.ThrowIfNull(registry);
        var first = processors.Count > 0 ? processors[0] : null;
        var identity = Identity(registry.Text("Identifier")) ?? Identity(first?.Text("Description"));
        var cores = processors.Select(p => p.Number("NumberOfCores")).Where(n => n > 0).ToList();
        var logical = processors.Select(p => p.Number("NumberOfLogicalProcessors")).Where(n => n > 0).ToList();
        var clock = first?.Number("MaxClockSpeed") is > 0 and var rated ? rated : registry.Number("~MHz");
        return new ProcessorInfo
        {
            Name = registry.Text("ProcessorNameString") ?? first?.Text("Name") ?? "",
            Manufacturer = registry.Text("VendorIdentifier") ?? first?.Text("Manufacturer"),
            Architecture = architecture,
            Family = identity?.Family,
            Model = identity?.Model,
            Stepping = identity?.Stepping,
            Cores = cores.Count > 0 ? (int)cores.Sum(n => n!.Value) : null,
            LogicalProcessors = logical.Count > 0 ? (int)logical.Sum(n => n!.Value) : logicalProcessors,
            MaxClockMHz = clock is > 0 ? (int)clock : null,
            Features = features.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static int? Parse(string text, NumberStyles style) =>
        int.TryParse(text, style, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"\bFamily\s+(?<family>\d+)\s+Model\s+(?<model>[0-9A-Fa-f]+)(?:\s+(?<kind>Stepping|Revision)\s+(?<stepping>[0-9A-Fa-f]+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
