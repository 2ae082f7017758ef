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
public sealed record LogFinding
{
    /// <summary>How much it matters.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>The rule that found it, such as <c>cbs.sfc-cannot-repair</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>One line for people.</summary>
    public required string Summary { get; init; }

    /// <summary>The log entry it rests on (file, line, time, component).</summary>
    public required LogEntry Entry { get; init; }

    /// <summary>The error code named, if any.</summary>
    public uint? Code { get; init; }

    /// <summary>The package, driver, file or update named, if any.</summary>
    public string? Subject { get; init; }

    /// <summary>Checks that look into this further.</summary>
    public IReadOnlyList<string> CheckIds { get; init; } = [];

    /// <summary>Fixes that address it.</summary>
    public IReadOnlyList<string> FixIds { get; init; } = [];

    /// <summary>
    /// A catch-all finding (such as "an operation failed with this code") that gives way to a more specific one: the
    /// host drops it when a finding of another rule in the same file is a failure with the same <see cref="Code"/>.
    /// Rules cannot see each other's findings, so this is how a generic rule leaves a cause to the rule that names it better.
    /// </summary>
    public bool IsGeneric { get; init; }

    /// <summary>What to do about it, in one sentence for people, when the rule knows (added after SDK 1.1).</summary>
    public string? Remedy { get; init; }

    /// <summary>Whether it is a cause or how an attempt ended (added after SDK 1.1; <see cref="FindingRole.Cause"/> unless said).</summary>
    public FindingRole Role { get; init; }

    /// <summary>The run of an operation it belongs to, when the log can hold several (added after SDK 1.1), or null.</summary>
    public LogAttempt? Attempt { get; init; }
}
