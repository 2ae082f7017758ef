using System.Globalization;
using System.Text;
using System.Xml;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// Events exported as XML — <c>wevtutil qe &lt;channel&gt; /f:RenderedXml</c> (or <c>/f:xml</c>), which writes
/// <c>&lt;Event&gt;</c> elements one after another without a root, or Event Viewer's "Save As… XML", which
/// wraps them in <c>&lt;Events&gt;</c> — one entry per event:
/// <list type="bullet">
/// <item>Component = the provider (<c>System/Provider/@Name</c>, such as Microsoft-Windows-WindowsUpdateClient);</item>
/// <item>Level = the rendered level name (<c>RenderingInfo/Level</c>, in the exporting PC's language; Japanese names given in English), or
/// from the number when the export is not rendered: 1 Critical, 2 Error, 3 Warning, 0 and 4 Information,
/// 5 Verbose;</item>
/// <item>Text = <c>EventID=NN: message</c>, the message being <c>RenderingInfo/Message</c>, or when there is
/// none the event data as <c>name=value</c> pairs joined by "; ";</item>
/// <item>Time = <c>System/TimeCreated/@SystemTime</c>, which is UTC; Line = the line of <c>&lt;Event&gt;</c>;</item>
/// <item><see cref="LogEntry.EventId"/> = <c>System/EventID</c>, <see cref="LogEntry.Provider"/> = the provider,
/// <see cref="LogEntry.Fields"/> = the event data by name (<c>errorCode</c>, <c>updateTitle</c>; an unnamed
/// <c>&lt;Data&gt;</c> as <c>data0</c>, <c>data1</c>… by its position, as the event log API gives them), up to the
/// entry limit in all.</item>
/// </list>
/// </summary>
internal static class EventXmlParser
{
    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        using var reader = SafeXml.Create(text);
        long events = 0;
        while (SafeXml.TryRead(reader))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Event" && !reader.IsEmptyElement)
            {
                if ((++events & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                LogEntry? read = null;
                if (!SafeXml.TryStep(() => read = ReadEvent(reader, file, options.MaxEntryChars)))
                {
                    // Malformed inside the event (values are parsed as they are read): the events before it stand.
                    yield break;
                }

                yield return read!;
            }
        }
    }

    private static LogEntry ReadEvent(XmlReader reader, string file, int maxChars)
    {
        var line = SafeXml.Line(reader);
        var depth = reader.Depth;
        string provider = "", id = "", levelNumber = "", levelName = "";
        string? message = null;
        DateTimeOffset? time = null;
        var data = new StringBuilder();
        Dictionary<string, string>? fields = null;
        var position = 0;
        var inRendering = false;
        while (SafeXml.TryRead(reader) && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "RenderingInfo")
            {
                inRendering = false;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "RenderingInfo":
                    inRendering = !reader.IsEmptyElement;
                    break;
                case "Provider" when !inRendering:
                    provider = reader.GetAttribute("Name") ?? reader.GetAttribute("EventSourceName") ?? provider;
                    break;
                case "TimeCreated":
                    time = ParseSystemTime(reader.GetAttribute("SystemTime"));
                    break;
                case "EventID" when !inRendering:
                    id = ReadText(reader, 32);
                    break;
                case "Level":
                    var level = ReadText(reader, 64);
                    if (inRendering)
                    {
                        levelName = level;
                    }
                    else
                    {
                        levelNumber = level;
                    }

                    break;
                case "Message" when inRendering:
                    message = ReadText(reader, maxChars);
                    break;
                case "Data" when !inRendering && data.Length < maxChars:
                    var name = reader.GetAttribute("Name");
                    var value = ReadText(reader, maxChars - data.Length);
                    if (data.Length > 0)
                    {
                        data.Append("; ");
                    }

                    data.Append(name is null ? value : $"{name}={value}");
                    EntryFields.TryAdd(fields ??= EntryFields.Create(), string.IsNullOrEmpty(name) ? $"data{position}" : name, value);
                    position++;
                    break;
            }
        }

        var levelText = levelName.Length > 0 ? EventLevels.Invariant(levelName) : EventLevels.Name(levelNumber);
        var text = $"EventID={id}: {(message ?? data.ToString()).Trim()}";
        var entry = new LogEntry
        {
            Kind = LogKind.EventLog, File = file, Line = line, Time = time, Level = levelText, Component = provider, Text = text,
            EventId = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null,
            Provider = provider.Length > 0 ? provider : null,
        };
        return fields is null ? entry : entry with { Fields = fields };
    }

    /// <summary>The text inside the current element (nested elements' text included), at most <paramref name="max"/> characters.</summary>
    private static string ReadText(XmlReader reader, int max)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        while (SafeXml.TryRead(reader) && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                && text.Length < max)
            {
                var value = reader.Value;
                text.Append(value, 0, Math.Min(value.Length, max - text.Length));
            }
        }

        return text.ToString().Trim();
    }

    private static DateTimeOffset? ParseSystemTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
