namespace WuToolkit.Abstractions.Logs;

/// <summary>
/// One logical entry of a log: its first line with any continuation lines (lines without a timestamp) folded
/// in, and the fields its format names. Fields a format does not have are empty; the text keeps the line's own
/// words, so a rule never has to re-parse what the reader already knew.
/// </summary>
public sealed record LogEntry
{
    /// <summary>Which log.</summary>
    public required LogKind Kind { get; init; }

    /// <summary>The file's path as given, or the source's name (an event channel, a registry key).</summary>
    public required string File { get; init; }

    /// <summary>1-based line number of the entry's first line (for events and values: their position in the source).</summary>
    public long Line { get; init; }

    /// <summary>When, as the log says (in the log's own clock; offset unknown is written as UTC), if it says.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>Such as <c>Info</c>, <c>Warning</c>, <c>Error</c>; empty when the format has none.</summary>
    public string Level { get; init; } = "";

    /// <summary>Such as <c>CSI</c>, <c>CBS</c>, <c>DISM</c>, <c>Agent</c>, <c>MOUPG</c>; for events the provider; for
    /// SetupDiag results and CompatData items the field or element name; empty when blank.</summary>
    public string Component { get; init; } = "";

    /// <summary>The message.</summary>
    public string Text { get; init; } = "";

    /// <summary>The event id, for entries that are events (exported or read from a channel).</summary>
    public int? EventId { get; init; }

    /// <summary>The event provider, such as <c>Microsoft-Windows-WindowsUpdateClient</c>, for entries that are events.</summary>
    public string? Provider { get; init; }

    /// <summary>
    /// Named values the format carries: an event's data (<c>errorCode</c>, <c>updateTitle</c>), a CompatData item's
    /// attributes (<c>BlockingType</c>, <c>Title</c>), a SetupDiag result's fields (<c>ProfileName</c>,
    /// <c>FailureData</c>). Names compare case-insensitively. Empty when the format has none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = EmptyFields;

    /// <summary>The value of a field, or <see langword="null"/> when the entry has none by that name.</summary>
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    private static readonly IReadOnlyDictionary<string, string> EmptyFields =
        new Dictionary<string, string>(0, StringComparer.OrdinalIgnoreCase);
}
