namespace WuToolkit.Bench.Startup;

/// <summary>One command timed: a name for the table, the program and its words, and the most it may take as a multiple of
/// the floor (null for the floor itself and for what has no goal).</summary>
internal sealed record StartupCase(string Name, string Program, IReadOnlyList<string> Arguments, double? Goal)
{
    /// <summary>The exit codes that mean the command did its work (a run that finds issues exits 1).</summary>
    public IReadOnlyList<int> ExpectedExitCodes { get; init; } = [0];
}

/// <summary>What one command measured: the median of its runs and its peak resident memory.</summary>
internal sealed record StartupTiming(StartupCase Case, double MedianMilliseconds, long PeakKilobytes);
