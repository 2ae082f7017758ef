namespace WuToolkit.Host.Running;

/// <summary>How far a run has got: checks done out of all, and one that is still running (null when none is).</summary>
public sealed record RunProgress(int Done, int Total, string? Running);
