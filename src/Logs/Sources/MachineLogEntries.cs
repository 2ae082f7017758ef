using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Reading.Structured;

namespace WuToolkit.Logs.Sources;

/// <summary>
/// What a machine's event log and registry answer, as the entries the reader gives for the same facts in files, so
/// the same rules read both: events as an event export gives them, SetupDiag's registry values as its result files
/// give them. Pure mapping, tested on every OS; asking the machine is <see cref="MachineLogSources"/>.
/// </summary>
public static class MachineLogEntries
{
    /// <summary>
    /// Events as entries, in the order given (oldest first): Kind EventLog, File = the channel, Line = the position
    /// (1, 2, …), Time = when it was written (UTC), Level = an English name from the level number (the display name
    /// would be in the PC's language), Component and <see cref="LogEntry.Provider"/> = the provider,
    /// <see cref="LogEntry.EventId"/> = the id, Text = <c>EventID=NN: message</c> (the event's data joined by "; "
    /// when Windows could not format a message), <see cref="LogEntry.Fields"/> = the event's data.
    /// </summary>
    public static IReadOnlyList<LogEntry> FromEvents(string channel, IReadOnlyList<EventRecordInfo> events)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(events);
        var entries = new List<LogEntry>(events.Count);
        foreach (var record in events)
        {
            entries.Add(FromEvent(channel, entries.Count + 1, record));
        }

        return entries;
    }

    /// <summary>One event as an entry at <paramref name="position"/> of <paramref name="channel"/>, as <see cref="FromEvents"/> describes.</summary>
    public static LogEntry FromEvent(string channel, long position, EventRecordInfo record)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(record);
        var message = record.Message ?? string.Join("; ", record.Data.Values);
        var entry = new LogEntry
        {
            Kind = LogKind.EventLog,
            File = channel,
            Line = position,
            Time = record.TimeCreated?.ToUniversalTime(),
            Level = EventLevels.Name(record.Level),
            Component = record.Provider,
            Text = $"EventID={record.EventId}: {message.ReplaceLineEndings(" ").Trim()}",
            EventId = record.EventId,
            Provider = record.Provider,
        };

        // Snapshots give the data back with an ordinary dictionary: entries promise names without regard to case.
        return record.Data.Count == 0 ? entry : entry with { Fields = EntryFields.CopyOf(record.Data) };
    }

    /// <summary>
    /// The values SetupDiag leaves in the registry after it analysed a failed upgrade, as the reader gives SetupDiag's
    /// own result files: the value's name as a field name (Component), its data as the text, and the same
    /// <see cref="LogEntry.Fields"/>, FailureDetails split into its parts and empty values left out. Line = the value's
    /// position in the key.
    /// </summary>
    public static IReadOnlyList<LogEntry> FromSetupDiagValues(string key, IEnumerable<RegistryValue> values)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(values);
        var entries = new List<LogEntry>();
        long position = 0;
        foreach (var value in values)
        {
            entries.AddRange(SetupDiagFields.Entries(key, ++position, SetupDiagFields.ComponentName(value.Name), value.Data));
        }

        return entries;
    }
}
