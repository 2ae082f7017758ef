namespace WuToolkit.Abstractions.Machine;

/// <summary>The processor, as the upgrade requirements judge it.</summary>
public sealed record ProcessorInfo
{
    /// <summary>Such as <c>Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Such as <c>GenuineIntel</c>, <c>AuthenticAMD</c> or <c>Qualcomm Technologies Inc</c>.</summary>
    public string? Manufacturer { get; init; }

    /// <summary>Such as <c>x64</c>, <c>x86</c> or <c>arm64</c>.</summary>
    public required string Architecture { get; init; }

    /// <summary>The CPUID family, such as 6, when known.</summary>
    public int? Family { get; init; }

    /// <summary>The CPUID model, such as 142, when known.</summary>
    public int? Model { get; init; }

    /// <summary>The CPUID stepping, when known.</summary>
    public int? Stepping { get; init; }

    /// <summary>Physical cores, when known.</summary>
    public int? Cores { get; init; }

    /// <summary>Logical processors.</summary>
    public required int LogicalProcessors { get; init; }

    /// <summary>The rated clock in MHz, when known.</summary>
    public int? MaxClockMHz { get; init; }

    /// <summary>Instruction set features present, in lower case, such as <c>sse4.2</c>, <c>popcnt</c>, <c>cx16</c>,
    /// <c>lahf</c>, <c>prefetchw</c>, <c>nx</c>; empty when unknown.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];
}
