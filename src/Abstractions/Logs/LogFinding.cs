namespace WuToolkit.Abstractions.Logs;

/// <summary>How much a finding matters.</summary>
public enum FindingSeverity
{
    /// <summary>Something failed: an update, a repair, a setup phase.</summary>
    Failure,

    /// <summary>Something that may explain a failure but did not fail by itself.</summary>
    Warning,

    /// <summary>Something was broken and has been repaired (for example sfc repaired a file).</summary>
    Repaired,

    /// <summary>Context worth seeing on a timeline (a session started, a phase changed).</summary>
    Info,
}

/// <summary>One thing a log says went wrong (or was repaired), with where it says so.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="RuleId">The rule that found it, such as <c>cbs.sfc-cannot-repair</c>.</param>
/// <param name="Summary">One line for people.</param>
/// <param name="Entry">The log entry it rests on (file, line, time, component).</param>
/// <param name="Code">The error code named, if any.</param>
/// <param name="Subject">The package, driver, file or update named, if any.</param>
/// <param name="CheckIds">Checks that look into this further.</param>
/// <param name="FixIds">Fixes that address it.</param>
public sealed record LogFinding(
    FindingSeverity Severity,
    string RuleId,
    string Summary,
    LogEntry Entry,
    uint? Code = null,
    string? Subject = null,
    IReadOnlyList<string>? CheckIds = null,
    IReadOnlyList<string>? FixIds = null);
