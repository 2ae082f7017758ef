using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// Events as Event Viewer copies them to the clipboard ("Copy details as text"), one block per event:
/// <code>
/// Log Name:      Setup
/// Source:        Microsoft-Windows-WindowsUpdateClient
/// Date:          5/17/2023 8:00:00 AM
/// Event ID:      20
/// Level:         Error
/// Description:
/// Installation Failure: Windows failed to install the following update with error 0x80070643: …
/// Event Xml:
/// &lt;Event …&gt;…
/// </code>
/// One entry per block, like an Event Viewer CSV record: Component = Provider = Source, Level as written, Time = Date,
/// <see cref="LogEntry.EventId"/> = Event ID, Text = <c>EventID=NN: description</c>, Line = the block's first line.
/// The description runs to the block's <c>Event Xml:</c> or to the next <c>Log Name:</c>; the XML is not read.
/// </summary>
internal static class EventTextParser
{
    private const string LogName = "Log Name:";

    /// <summary>True for text that starts the way Event Viewer's copy does.</summary>
    public static bool Recognizes(ReadOnlySpan<char> start) => start.TrimStart().StartsWith(LogName, StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        var lines = new LineReader<char>(ChunkReader<char>.For(text), options.MaxLineChars);
        Block? block = null;
        while (lines.MoveNext())
        {
            if ((lines.Number & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lines.Current.TrimEnd(" \t\r\0");
            if (line.TrimStart().StartsWith(LogName, StringComparison.OrdinalIgnoreCase))
            {
                if (block?.ToEntry(file) is { } done)
                {
                    yield return done;
                }

                block = new Block(lines.Number);
                continue;
            }

            block?.Add(line, options.MaxEntryChars);
        }

        if (block?.ToEntry(file) is { } last)
        {
            yield return last;
        }
    }

    private sealed class Block(long line)
    {
        private readonly List<string> _description = [];
        private int _chars;
        private bool _inDescription;
        private bool _inXml;
        private string _source = "";
        private string _level = "";
        private string? _date;
        private int? _id;

        public void Add(ReadOnlySpan<char> text, int maxChars)
        {
            if (_inXml)
            {
                return;
            }

            var trimmed = text.Trim();
            if (trimmed.StartsWith("Event Xml:", StringComparison.OrdinalIgnoreCase))
            {
                _inXml = true;
                return;
            }

            if (_inDescription)
            {
                if (_chars < maxChars)
                {
                    _description.Add(trimmed.ToString());
                    _chars += trimmed.Length + 1;
                }

                return;
            }

            var colon = trimmed.IndexOf(':');
            if (colon <= 0)
            {
                return;
            }

            var label = trimmed[..colon].Trim();
            var value = trimmed[(colon + 1)..].Trim().ToString();
            if (label.Equals("Description", StringComparison.OrdinalIgnoreCase))
            {
                _inDescription = true;
                if (value.Length > 0)
                {
                    _description.Add(value);
                }
            }
            else if (label.Equals("Source", StringComparison.OrdinalIgnoreCase))
            {
                _source = value;
            }
            else if (label.Equals("Level", StringComparison.OrdinalIgnoreCase))
            {
                _level = value;
            }
            else if (label.Equals("Date", StringComparison.OrdinalIgnoreCase))
            {
                _date = value;
            }
            else if (label.Equals("Event ID", StringComparison.OrdinalIgnoreCase) &&
                     int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                _id = id;
            }
        }

        public LogEntry? ToEntry(string file)
        {
            if (_id is null && _source.Length == 0)
            {
                return null;
            }

            var message = string.Join('\n', _description).Trim();
            return new LogEntry
            {
                Kind = LogKind.EventLog, File = file, Line = line, Time = _date is null ? null : LogTimestamps.ParseLoose(_date),
                Level = _level, Component = _source, Text = $"EventID={_id}: {message}", EventId = _id,
                Provider = _source.Length > 0 ? _source : null,
            };
        }
    }
}
