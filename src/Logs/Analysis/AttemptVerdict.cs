using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Analysis;

/// <summary>One run of an operation in one file and how it ended.</summary>
/// <param name="File">The file it is in.</param>
/// <param name="Attempt">The run: its operation and where it started.</param>
/// <param name="Verdict">The finding that says how it ended (its outcome, else its first failure, else its first finding).</param>
/// <param name="Failed">True when any finding of the run is a failure.</param>
/// <param name="IsCurrent">True for the last run of its operation in the file: the one that explains the PC's state.</param>
public sealed record AttemptVerdict(string File, LogAttempt Attempt, LogFinding Verdict, bool Failed, bool IsCurrent);
