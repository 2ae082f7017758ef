using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Logs;

/// <summary>Events read through the machine as the log entries the rules read, exactly as <c>wutk logs</c> gives them
/// (the log library's MachineLogEntries, which a plugin cannot reference): so a check that runs a rule over events
/// interprets them as the rule does everywhere else.</summary>
internal static class ChannelEvents
{
    public const string UpdateClientChannel = "Microsoft-Windows-WindowsUpdateClient/Operational";

    /// <summary>The newest events read, as <c>wutk logs</c> and <c>wutk collect</c> read them.</summary>
    public const int MaxEvents = 2_000;

    /// <summary>One event as an entry at <paramref name="position"/> (1-based, oldest first) of its channel.</summary>
    public static LogEntry ToEntry(EventRecordInfo record, long position)
    {
        var message = record.Message ?? string.Join("; ", record.Data.Values);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in record.Data)
        {
            fields.TryAdd(name, value);
        }

        return new LogEntry
        {
            Kind = LogKind.EventLog,
            File = record.Channel,
            Line = position,
            Time = record.TimeCreated?.ToUniversalTime(),
            Level = Level(record.Level),
            Component = record.Provider,
            Text = $"EventID={record.EventId}: {message.ReplaceLineEndings(" ").Trim()}",
            EventId = record.EventId,
            Provider = record.Provider,
            Fields = fields,
        };
    }

    private static string Level(int level) => level switch
    {
        1 => "Critical",
        2 => "Error",
        3 => "Warning",
        5 => "Verbose",
        _ => "Information",
    };
}
