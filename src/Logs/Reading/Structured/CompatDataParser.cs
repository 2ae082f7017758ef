using System.Text;
using System.Xml;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// Panther CompatData_*.xml and ScanResult.xml (Setup's compatibility scan) as entries, one per
/// <c>HardwareItem</c>, <c>DriverPackage</c>, <c>Program</c> and <c>Device</c> element:
/// <list type="bullet">
/// <item>Component = the element's name (HardwareItem, DriverPackage, Program, Device);</item>
/// <item>Level = <c>Block</c> when the item blocks the upgrade — <c>BlockingType="Hard"</c> or
/// <c>BlockMigration="True"</c> on the element or inside it — else <c>Info</c>;</item>
/// <item>Text = its attributes as <c>Key=Value</c> pairs joined by "; ": the element's own, then those of
/// its <c>CompatibilityInfo</c> child (where BlockingType is), unprefixed, then any other descendant's as
/// <c>Element.Key=Value</c>, for example
/// <c>HardwareType=Setup_SecureBoot; BlockingType=None</c> or
/// <c>Inf=oem1.inf; BlockMigration=True; HasSignedBinaries=False</c>;</item>
/// <item><see cref="LogEntry.Fields"/> = the same attributes by the same names (<c>BlockingType</c>, <c>Title</c>,
/// <c>Inf</c>, <c>Action.Name</c>), the first of a name kept, up to the entry limit;</item>
/// <item>Line = the element's line; Time = none (the scan's time is only in the file name).</item>
/// </list>
/// A file cut short gives the items before the cut.
/// </summary>
internal static class CompatDataParser
{
    private static readonly HashSet<string> Items = new(StringComparer.Ordinal) { "HardwareItem", "DriverPackage", "Program", "Device" };

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

            if (reader.NodeType == XmlNodeType.Element && Items.Contains(reader.LocalName))
            {
                LogEntry? item = null;
                if (!SafeXml.TryStep(() => item = ReadItem(reader, file, options.MaxEntryChars)))
                {
                    // Malformed inside the item (values are parsed as they are read): the items before it stand.
                    yield break;
                }

                yield return item!;
            }
        }
    }

    private static LogEntry ReadItem(XmlReader reader, string file, int maxChars)
    {
        var name = reader.LocalName;
        var line = SafeXml.Line(reader);
        var text = new StringBuilder();
        var fields = EntryFields.Create();
        var blocks = AddAttributes(reader, "", text, fields, maxChars);
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (SafeXml.TryRead(reader) && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var prefix = reader.LocalName == "CompatibilityInfo" ? "" : reader.LocalName + ".";
                    blocks |= AddAttributes(reader, prefix, text, fields, maxChars);
                }
            }
        }

        return new LogEntry { Kind = LogKind.CompatData, File = file, Line = line, Time = null, Level = blocks ? "Block" : "Info", Component = name, Text = text.ToString(), Fields = fields };
    }

    /// <summary>Appends the current element's attributes to the text and the fields; true when one of them says the item blocks.</summary>
    private static bool AddAttributes(XmlReader reader, string prefix, StringBuilder text, Dictionary<string, string> fields, int maxChars)
    {
        var blocks = false;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.Prefix == "xmlns" || reader.LocalName == "xmlns")
                {
                    continue;
                }

                var key = reader.LocalName;
                var value = reader.Value;
                blocks |= (key == "BlockingType" && value.Equals("Hard", StringComparison.OrdinalIgnoreCase))
                    || (key == "BlockMigration" && value.Equals("True", StringComparison.OrdinalIgnoreCase));
                if (text.Length < maxChars)
                {
                    if (text.Length > 0)
                    {
                        text.Append("; ");
                    }

                    var kept = value.Length <= maxChars ? value : value[..maxChars];
                    text.Append(prefix).Append(key).Append('=').Append(kept);
                    EntryFields.TryAdd(fields, prefix + key, kept);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return blocks;
    }
}
