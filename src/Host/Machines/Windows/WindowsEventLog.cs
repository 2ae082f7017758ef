using System.Diagnostics.Eventing.Reader;
using System.Globalization;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Event channels through the event log API: the newest events first, then given back oldest first. Thin:
/// what an event becomes as a log entry is <see cref="Logs.Sources.MachineLogEntries"/>, tested on every OS.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsEventLog : IEventLogQueries
{
    public Task<IReadOnlyList<EventRecordInfo>> GetEventsAsync(string channel, int maxEvents, CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<EventRecordInfo>>(() => Read(channel, maxEvents, cancellationToken), cancellationToken);

    private static List<EventRecordInfo> Read(string channel, int maxEvents, CancellationToken cancellationToken)
    {
        var events = new List<EventRecordInfo>();
        try
        {
            using var reader = new EventLogReader(new EventLogQuery(channel, PathType.LogName) { ReverseDirection = true });
            for (var record = reader.ReadEvent(); record is not null && events.Count < maxEvents; record = reader.ReadEvent())
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (record)
                {
                    events.Add(Describe(channel, record));
                }
            }
        }
        catch (Exception ex) when (ex is EventLogNotFoundException or EventLogException or UnauthorizedAccessException)
        {
            throw new QuestionUnansweredException($"events/{channel}", ex.Message.ReplaceLineEndings(" ").Trim());
        }

        events.Reverse();
        return events;
    }

    private static EventRecordInfo Describe(string channel, EventRecord record)
    {
        string? message;
        try
        {
            message = record.FormatDescription();
        }
        catch (EventLogException)
        {
            message = null;
        }

        return new EventRecordInfo
        {
            Channel = channel,
            Provider = record.ProviderName ?? "",
            EventId = record.Id,
            Level = record.Level ?? 0,
            TimeCreated = record.TimeCreated is { } time ? new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero) : null,
            RecordId = record.RecordId ?? 0,
            Message = message,
            Data = Data(record),
        };
    }

    /// <summary>The event's data by name (<c>errorCode</c>, <c>updateTitle</c>), read from its XML: the API's own
    /// property list has the values without their names.</summary>
    private static IReadOnlyDictionary<string, string> Data(EventRecord record)
    {
        try
        {
            var named = EventXmlData.Read(record.ToXml());
            if (named.Count > 0)
            {
                return named;
            }
        }
        catch (EventLogException)
        {
            // Falls back to the values by position below.
        }

        var data = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var property in record.Properties)
        {
            data[$"data{index++}"] = Convert.ToString(property.Value, CultureInfo.InvariantCulture) ?? "";
        }

        return data;
    }
}
