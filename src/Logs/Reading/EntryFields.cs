namespace WuToolkit.Logs.Reading;

/// <summary>
/// Builds <see cref="Abstractions.Logs.LogEntry.Fields"/>: names compared without regard to case, as entries promise,
/// the first value of a name kept when a source repeats it (as a rule reading the text would have found the first).
/// Formats without fields leave the entry's shared empty set alone: no dictionary per entry.
/// </summary>
internal static class EntryFields
{
    /// <summary>A new, empty set of fields.</summary>
    public static Dictionary<string, string> Create() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The named values as fields.</summary>
    public static Dictionary<string, string> CopyOf(IEnumerable<KeyValuePair<string, string>> values)
    {
        var fields = Create();
        foreach (var (name, value) in values)
        {
            fields.TryAdd(name, value);
        }

        return fields;
    }
}
