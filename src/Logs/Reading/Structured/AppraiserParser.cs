using System.Text;
using System.Xml;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// The compatibility appraiser's *_APPRAISER_HumanReadable.xml as entries, one per <c>Asset</c> (a program, a file, a
/// driver, a device or the system the appraiser judged): Component = <c>Asset</c>, Level empty, Fields = every
/// <c>&lt;Property Name="…" Value="…"/&gt;</c> of the asset's property lists (DataSource and DecisionMaker alike:
/// <c>SdbAppName</c>, <c>SdbBlockType</c>, <c>SdbAppraiserData_GatedBlockId</c>, <c>DT_ANY_FMC_BlockingApplication</c>,
/// <c>LowerCaseLongPathUnexpanded</c> …), the first of a name kept; Text = the same as <c>Name=Value</c> pairs joined by
/// "; " (cut at the entry limit); Line = the asset's line. A file cut short gives the assets before the cut.
/// </summary>
internal static class AppraiserParser
{
    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        using var reader = SafeXml.Create(text);
        long nodes = 0;
        while (SafeXml.TryRead(reader))
        {
            if ((++nodes & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Asset")
            {
                LogEntry? asset = null;
                if (!SafeXml.TryStep(() => asset = ReadAsset(reader, file, options.MaxEntryChars)))
                {
                    yield break;
                }

                yield return asset!;
            }
        }
    }

    private static LogEntry ReadAsset(XmlReader reader, string file, int maxChars)
    {
        var line = SafeXml.Line(reader);
        var text = new StringBuilder();
        var fields = EntryFields.Create();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (SafeXml.TryRead(reader) && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Property" || reader.GetAttribute("Name") is not { Length: > 0 } name)
                {
                    continue;
                }

                var value = reader.GetAttribute("Value") ?? "";
                EntryFields.TryAdd(fields, name, value);
                if (text.Length < maxChars)
                {
                    text.Append(text.Length > 0 ? "; " : "").Append(name).Append('=').Append(value.Length <= maxChars ? value : value[..maxChars]);
                }
            }
        }

        return new LogEntry { Kind = LogKind.Appraiser, File = file, Line = line, Component = "Asset", Text = text.ToString(), Fields = fields };
    }
}
