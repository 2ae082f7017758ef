using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Checks;

/// <summary>Everything a check may use: the machine to ask, the user's settings and a logger.</summary>
/// <param name="Machine">The PC under diagnosis (live, snapshot or simulated).</param>
/// <param name="Settings">Values such as thresholds and endpoints, set by the user or defaulted by the check.</param>
/// <param name="Scenario">The scenario the user asked about; <see cref="Checks.Scenario.Both"/> when not narrowed.</param>
/// <param name="Logger">A logger named after the check; its output goes to standard error.</param>
public sealed record CheckContext(IMachine Machine, ISettings Settings, Scenario Scenario, ILogger Logger);
