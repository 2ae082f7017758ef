using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Analysis.Sources;

/// <summary>
/// One event as an entry, the same shape the reader gives exported events (src/Host/Logs/EventXmlParser.cs), so
/// the same rules read both: Component = provider, Level = an English name from the level number (the
/// display name is in the PC's language), Text = "EventID=NN: message".
/// </summary>
public static class EventEntries
{
    public static LogEntry From(string channel, long index, int id, byte? level, string provider, DateTime? timeCreated, string? message) => new()
    {
        Kind = LogKind.EventLog,
        File = channel,
        Line = index,
        Time = timeCreated is { } time ? new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero) : null,
        Level = level switch
        {
            1 => "Critical",
            2 => "Error",
            3 => "Warning",
            5 => "Verbose",
            _ => "Information",
        },
        Component = provider,
        Text = $"EventID={id}: {(message ?? "").ReplaceLineEndings(" ").Trim()}",
        EventId = id,
        Provider = provider,
    };

    /// <summary>
    /// The values SetupDiag leaves under HKLM\SYSTEM\Setup\MoSetup\Volatile\SetupDiag after a failed upgrade, as the
    /// reader gives SetupDiag's own result files: one entry per value, Component = the value's name.
    /// </summary>
    public static IEnumerable<LogEntry> FromSetupDiagValues(string source, IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        long line = 0;
        foreach (var (name, value) in values)
        {
            yield return new LogEntry { Kind = LogKind.SetupDiag, File = source, Line = ++line, Time = null, Level = "", Component = name, Text = value };
        }
    }
}
