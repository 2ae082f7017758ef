using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// Events saved by Event Viewer as CSV ("Save All Events As…", CSV): a header
/// <c>Level,Date and Time,Source,Event ID,Task Category</c> (localized on other languages: Japanese Windows writes
/// <c>レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ</c>), then one record
/// per event with the message as a sixth, usually quoted and often multi-line, field. Columns are read by
/// position, so a localized header works too; the header is recognised as the first record whose fourth field
/// is not a number. One entry per event: Component = Source, Level = Level as written, Text =
/// <c>EventID=NN: message</c>, <see cref="LogEntry.EventId"/> = Event ID, <see cref="LogEntry.Provider"/> = Source (the
/// export has no event data, so no <see cref="LogEntry.Fields"/>), Time = Date and Time (the exporting PC's local clock and date format: US
/// month-first with AM/PM, ISO, Japanese <c>2024/05/12 9:31:02</c>, or day-first 24-hour), Line = the record's first line. A Japanese
/// level name is given in English (<see cref="EventLevels.Invariant"/>); other languages' names stay as written.
/// </summary>
internal static class EventCsvParser
{
    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        var records = new CsvRecordReader(new LineReader<char>(ChunkReader<char>.For(text), options.MaxLineChars), options.MaxEntryChars);
        var first = true;
        long count = 0;
        while (records.MoveNext())
        {
            if ((++count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var fields = records.Fields;
            var id = fields.Count > 3 ? fields[3].Trim() : "";
            if (first && !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                first = false;
                continue;
            }

            first = false;
            var message = fields.Count > 5 ? string.Join(',', fields.Skip(5)).Trim() : "";
            var source = fields.Count > 2 ? fields[2].Trim() : "";
            yield return new LogEntry
            {
                Kind = LogKind.EventLog, File = file, Line = records.Line, Time = fields.Count > 1 ? LogTimestamps.ParseLoose(fields[1]) : null,
                Level = EventLevels.Invariant(fields[0]), Component = source, Text = $"EventID={id}: {message}",
                EventId = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null,
                Provider = source.Length > 0 ? source : null,
            };
        }
    }
}
