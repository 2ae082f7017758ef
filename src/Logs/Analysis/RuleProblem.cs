namespace WuToolkit.Logs.Analysis;

/// <summary>A rule that crashed on a file: it is switched off for that file, and the analysis goes on.</summary>
public sealed record RuleProblem(string RuleId, string File, long Line, string Message);
