using WuToolkit.Host.Configuration;

namespace WuToolkit.Host.Fixes;

/// <summary>What <c>wutk fix</c> was asked.</summary>
public sealed record FixRequestOptions
{
    /// <summary>The fixes named, in order.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>The checks named with <c>--for</c>.</summary>
    public IReadOnlyList<string> ForChecks { get; init; } = [];

    public bool DryRun { get; init; }

    public bool Yes { get; init; }

    public bool RestorePoint { get; init; }

    public KeyValueSettings Settings { get; init; } = KeyValueSettings.Empty;

    /// <summary>How long a check may run, and a fix may take to plan.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
