using WuToolkit.Logs.Reading.Structured;

namespace WuToolkit.Logs.Reading;

/// <summary>The named data of one event given as XML (what the event log API's <c>EventRecord.ToXml()</c> returns), by
/// the same rules as an exported event: <c>errorCode</c>, <c>updateTitle</c>…, an unnamed value as <c>data0</c>,
/// <c>data1</c>… The live event log API gives values without names; this gives them back their names.</summary>
public static class EventXmlData
{
    /// <summary>The event's data by name; empty when the XML holds no event (or is not XML).</summary>
    public static IReadOnlyDictionary<string, string> Read(string eventXml)
    {
        ArgumentNullException.ThrowIfNull(eventXml);
        using var text = new StringReader(eventXml);
        return EventXmlParser.Parse(text, "event", LogReadOptions.Default, CancellationToken.None).FirstOrDefault()?.Fields
            ?? new Dictionary<string, string>();
    }
}
