using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>What a fix may use to plan: the machine to ask, settings and a logger.</summary>
public sealed record FixContext
{
    /// <summary>The PC to repair, asked read-only while planning.</summary>
    public required IMachine Machine { get; init; }

    /// <summary>User settings.</summary>
    public required ISettings Settings { get; init; }

    /// <summary>A logger named after the fix.</summary>
    public required ILogger Logger { get; init; }

    /// <summary>What manages this PC's updates, as the host found it ("WSUS", "Windows Update for Business", "MDM",
    /// "Configuration Manager"); empty when nothing does. A fix leaves policy settings and the update client's identity
    /// alone on a managed PC and lists what it left out in <see cref="FixPlan.Omitted"/>; the engine also refuses any
    /// step that would change them.</summary>
    public IReadOnlyList<string> ManagedBy { get; init; } = [];
}
