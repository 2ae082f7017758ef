namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>An instruction-set feature Windows demands of an x86 processor.</summary>
/// <param name="Key">How <see cref="Abstractions.Machine.ProcessorInfo.Features"/> names it.</param>
/// <param name="Name">How Microsoft's requirements and processor makers write it.</param>
/// <param name="NeededToStart">Windows does not even start without it (24H2's SSE4.2 and POPCNT), so no setup
/// setting gets round its absence.</param>
internal sealed record InstructionFeature(string Key, string Name, bool NeededToStart)
{
    /// <summary>Intel processors before Broadwell execute PREFETCHW (as a no-op) without announcing it in CPUID, and
    /// 64-bit Windows runs on them; so on an Intel processor a missing flag proves nothing.</summary>
    public bool IntelMayNotAnnounce { get; init; }

    /// <summary>CMPXCHG16b (CompareExchange128), needed by every 64-bit Windows since 8.1.</summary>
    public static InstructionFeature CompareExchange16B { get; } = new("cx16", "CMPXCHG16b", NeededToStart: false);

    /// <summary>LAHF/SAHF in 64-bit mode, needed by every 64-bit Windows since 8.1.</summary>
    public static InstructionFeature LahfSahf { get; } = new("lahf", "LAHF/SAHF", NeededToStart: false);

    /// <summary>PREFETCHW, needed by every 64-bit Windows since 8.1.</summary>
    public static InstructionFeature PrefetchW { get; } = new("prefetchw", "PrefetchW", NeededToStart: false) { IntelMayNotAnnounce = true };

    /// <summary>SSE4.2: Windows 11 24H2 and later are built to use it and stop at boot without it.</summary>
    public static InstructionFeature Sse42 { get; } = new("sse4.2", "SSE4.2", NeededToStart: true);

    /// <summary>POPCNT: Windows 11 24H2 and later are built to use it and stop at boot without it.</summary>
    public static InstructionFeature PopCount { get; } = new("popcnt", "POPCNT", NeededToStart: true);
}
