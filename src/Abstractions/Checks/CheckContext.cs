using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Checks;

/// <summary>Everything a check may use: the machine to ask, the user's settings and a logger.</summary>
/// <remarks>Members are init properties so that later 1.x versions can add some without breaking anyone who builds
/// a context (a test, a host).</remarks>
public sealed record CheckContext
{
    /// <summary>The PC under diagnosis (live, snapshot or simulated).</summary>
    public required IMachine Machine { get; init; }

    /// <summary>Values such as thresholds and endpoints, set by the user or defaulted by the check.</summary>
    public required ISettings Settings { get; init; }

    /// <summary>The scenario the user asked about; <see cref="Checks.Scenario.Both"/> when not narrowed.</summary>
    public Scenario Scenario { get; init; } = Scenario.Both;

    /// <summary>A logger named after the check; its output goes to standard error.</summary>
    public required ILogger Logger { get; init; }
}
