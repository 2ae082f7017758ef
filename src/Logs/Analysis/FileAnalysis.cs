using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Analysis;

/// <summary>The result of analysing one file.</summary>
/// <param name="File">The file.</param>
/// <param name="Findings">Each distinct finding once, at its first occurrence.</param>
/// <param name="Problems">Rules that crashed.</param>
/// <param name="Repeats">How many more times a finding was said, where it was.</param>
public sealed record FileAnalysis(
    AnalyzedFile File,
    IReadOnlyList<LogFinding> Findings,
    IReadOnlyList<RuleProblem> Problems,
    IReadOnlyDictionary<LogFinding, long>? Repeats = null);
