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
/// <para>
/// A Japanese Windows writes the same blocks with Japanese labels (<c>ログの名前:</c>, <c>ソース:</c>, <c>日付:</c> as
/// <c>2024/05/12 9:31:02</c>, <c>イベント ID:</c>, <c>タスクのカテゴリ:</c>, <c>レベル:</c> 情報/警告/エラー/重大/詳細, <c>キーワード:</c>,
/// <c>ユーザー:</c>, <c>コンピューター:</c>, <c>説明:</c>, <c>イベント XML:</c>); they are read alike and the level given in English.
/// <c>Get-WinEvent | Format-List</c> writes English property names in every language (<c>TimeCreated :</c>,
/// <c>ProviderName :</c>, <c>Id :</c>, <c>Message :</c> with its continuation lines indented): a block then starts at
/// <c>TimeCreated</c>.
/// </para>
/// </summary>
internal static class EventTextParser
{
    /// <summary>True for text that starts the way Event Viewer's copy (in English or Japanese) or Format-List does.</summary>
    public static bool Recognizes(ReadOnlySpan<char> start) => StartsBlock(start.TrimStart(" \t\r\n\0\uFEFF"));

    /// <summary>A line that opens an event: <c>Log Name:</c>, <c>ログの名前:</c>, or Format-List's <c>TimeCreated :</c>.</summary>
    internal static bool StartsBlock(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        return Label(trimmed, out var label, out _) && (label.Equals("Log Name", StringComparison.OrdinalIgnoreCase) || label.SequenceEqual("ログの名前") ||
            label.Equals("TimeCreated", StringComparison.Ordinal));
    }

    /// <summary>The label before the first colon (ASCII or full-width) and the value after it.</summary>
    private static bool Label(ReadOnlySpan<char> line, out ReadOnlySpan<char> label, out ReadOnlySpan<char> value)
    {
        var colon = line.IndexOfAny(':', '：');
        label = colon > 0 ? line[..colon].Trim() : [];
        value = colon > 0 ? line[(colon + 1)..].Trim() : [];
        return !label.IsEmpty;
    }

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
            if (StartsBlock(line))
            {
                var previous = block;
                block = new Block(lines.Number);
                if (line.TrimStart().StartsWith("TimeCreated", StringComparison.Ordinal))
                {
                    // Format-List: the opening line carries the time, not just a log's name.
                    block.Add(line, options.MaxEntryChars);
                }

                if (previous?.ToEntry(file) is { } done)
                {
                    yield return done;
                }

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
        private bool _formatList;
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
            if (trimmed.StartsWith("Event Xml:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("イベント XML:", StringComparison.OrdinalIgnoreCase))
            {
                _inXml = true;
                return;
            }

            // Format-List indents a message's continuation lines; its next property starts at the margin.
            var continued = _inDescription && (!_formatList || text.IsEmpty || text[0] == ' ' || !IsProperty(trimmed));
            if (continued)
            {
                if (_chars < maxChars)
                {
                    _description.Add(trimmed.ToString());
                    _chars += trimmed.Length + 1;
                }

                return;
            }

            _inDescription = false;
            if (!Label(trimmed, out var label, out var valueSpan))
            {
                return;
            }

            var value = valueSpan.ToString();
            switch (Field(label))
            {
                case "Description":
                    _inDescription = true;
                    if (value.Length > 0)
                    {
                        _description.Add(value);
                    }

                    break;
                case "Source":
                    _source = value;
                    break;
                case "Level":
                    _level = EventLevels.Invariant(value);
                    break;
                case "Date":
                    _date = value;
                    break;
                case "TimeCreated":
                    _formatList = true;
                    _date = value;
                    break;
                case "Event ID" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    _id = id;
                    break;
            }
        }

        /// <summary>The English field a label names, in Event Viewer's English or Japanese wording or Format-List's property names.</summary>
        private static string? Field(ReadOnlySpan<char> label) => label switch
        {
            _ when label.Equals("Description", StringComparison.OrdinalIgnoreCase) || label.SequenceEqual("説明") || label.SequenceEqual("Message") => "Description",
            _ when label.Equals("Source", StringComparison.OrdinalIgnoreCase) || label.SequenceEqual("ソース") || label.SequenceEqual("ProviderName") => "Source",
            _ when label.Equals("Level", StringComparison.OrdinalIgnoreCase) || label.SequenceEqual("レベル") || label.SequenceEqual("LevelDisplayName") => "Level",
            _ when label.Equals("Date", StringComparison.OrdinalIgnoreCase) || label.SequenceEqual("日付") => "Date",
            _ when label.SequenceEqual("TimeCreated") => "TimeCreated",
            _ when label.Equals("Event ID", StringComparison.OrdinalIgnoreCase) || label.SequenceEqual("イベント ID") || label.SequenceEqual("Id") => "Event ID",
            _ => null,
        };

        /// <summary>A Format-List property line: an ASCII name, spaces, then <c>:</c>.</summary>
        private static bool IsProperty(ReadOnlySpan<char> line)
        {
            var colon = line.IndexOf(" :", StringComparison.Ordinal);
            var name = colon > 0 ? line[..colon].TrimEnd() : [];
            return !name.IsEmpty && !name.ContainsAnyExceptInRange('A', 'z');
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
