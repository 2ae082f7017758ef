namespace WuToolkit.Host.Isolation;

/// <summary>What an isolated plugin's process may take before wutk stops it.</summary>
public sealed record IsolationLimits
{
    /// <summary>The most memory its garbage-collected heap may use (<c>DOTNET_GCHeapHardLimit</c>): a plugin that
    /// allocates without end meets an out-of-memory error there, not on the PC.</summary>
    public long MemoryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The longest message: far more than a check's bounded result (about 1 MiB at worst) or a large error
    /// catalog needs, so only a flood reaches it.</summary>
    public int MaxMessageBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How long the process may take to start and load the plugin.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How much of what the process writes to standard error is passed on: lines, and bytes a line.</summary>
    public int MaxErrorLines { get; init; } = 200;

    public int MaxErrorLineBytes { get; init; } = 2000;

    public static IsolationLimits Default { get; } = new();
}
