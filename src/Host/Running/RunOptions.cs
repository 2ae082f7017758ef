using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Knowledge;

namespace WuToolkit.Host.Running;

/// <summary>How a run behaves.</summary>
/// <param name="Scenario">The scenario asked about.</param>
/// <param name="Timeout">How long one check may take before it is reported as an Error.</param>
/// <param name="MaxParallelism">How many checks run at once (most wait on I/O, so more than the core count).</param>
public sealed record RunOptions(Scenario Scenario, TimeSpan Timeout, int MaxParallelism = 8)
{
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether deep checks run; without it they are Skipped, saying how to run them.</summary>
    public bool Deep { get; init; }

    /// <summary>What the loaded error catalogs know, as every check sees it; null: nothing (a test's runner).</summary>
    public IErrorCodeLookup? ErrorCodes { get; init; }
}
