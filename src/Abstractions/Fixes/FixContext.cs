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
}
