using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Configuration;

namespace WuToolkit.Host.Running;

/// <summary>What a run was asked to do: which checks, for which scenario, how long each may take, with which settings.</summary>
public sealed record RunRequest(IReadOnlyList<string> Selectors, Scenario Scenario, TimeSpan Timeout, KeyValueSettings Settings)
{
    /// <summary>Whether deep checks (slow ones, such as a component store scan) run (<c>--deep</c>); otherwise they are Skipped.</summary>
    public bool Deep { get; init; }

    /// <summary>A probe may not take the whole of a check's time, or the check could not say which endpoint hung.</summary>
    public TimeSpan ProbeTimeout => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, Timeout.Ticks / 3));
}
