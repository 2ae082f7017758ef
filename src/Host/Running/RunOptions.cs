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

    /// <summary>The least time a deep check gets, whatever <see cref="Timeout"/> says: a component store scan takes
    /// minutes to tens of minutes, and stopping it half-way would only make the user run it again.</summary>
    public static TimeSpan DefaultDeepTimeout { get; } = TimeSpan.FromHours(1);

    /// <summary>Whether deep checks run; without it they are Skipped, saying how to run them.</summary>
    public bool Deep { get; init; }

    /// <summary>The least time a deep check gets (see <see cref="DefaultDeepTimeout"/>).</summary>
    public TimeSpan DeepTimeout { get; init; } = DefaultDeepTimeout;

    /// <summary>How long <paramref name="check"/> may take: <see cref="Timeout"/>, or for a deep check at least
    /// <see cref="DeepTimeout"/>.</summary>
    public TimeSpan TimeoutFor(CheckMetadata check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Deep && DeepTimeout > Timeout ? DeepTimeout : Timeout;
    }

    /// <summary>What the loaded error catalogs know, as every check sees it; null: nothing (a test's runner).</summary>
    public IErrorCodeLookup? ErrorCodes { get; init; }
}
