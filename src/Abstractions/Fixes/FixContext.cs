using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>What a fix may use to plan: the machine to ask, settings and a logger.</summary>
/// <param name="Machine">The PC to repair, asked read-only while planning.</param>
/// <param name="Settings">User settings.</param>
/// <param name="Logger">A logger named after the fix.</param>
public sealed record FixContext(IMachine Machine, ISettings Settings, ILogger Logger);
