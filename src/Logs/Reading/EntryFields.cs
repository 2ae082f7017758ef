namespace WuToolkit.Logs.Reading;

/// <summary>
/// Builds <see cref="Abstractions.Logs.LogEntry.Fields"/>: names compared without regard to case, as entries promise,
/// the first value of a name kept when a source repeats it (as a rule reading the text would have found the first).
/// Formats without fields leave the entry's shared empty set alone: no dictionary per entry.
/// </summary>
internal static class EntryFields
{
    /// <summary>
    /// The most fields an entry holds: far more than any real event's data or CompatData item's attributes, and few
    /// enough that a hostile file of a million empty <c>&lt;Data/&gt;</c> elements costs no more than a normal event.
    /// </summary>
    public const int MaxFields = 256;

    /// <summary>A new, empty set of fields.</summary>
    public static Dictionary<string, string> Create() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The named values as fields (the first <see cref="MaxFields"/>).</summary>
    public static Dictionary<string, string> CopyOf(IEnumerable<KeyValuePair<string, string>> values)
    {
        var fields = Create();
        foreach (var (name, value) in values)
        {
            TryAdd(fields, name, value);
        }

        return fields;
    }

    /// <summary>Adds a field unless the name is already there or the entry holds <see cref="MaxFields"/>.</summary>
    public static void TryAdd(Dictionary<string, string> fields, string name, string value)
    {
        if (fields.Count < MaxFields)
        {
            fields.TryAdd(name, value);
        }
    }
}
