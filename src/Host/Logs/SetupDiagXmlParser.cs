using System.Text;
using System.Xml;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Logs;

/// <summary>
/// SetupDiagResults.xml: every element that holds text (not other elements) is one entry named after the
/// element, as <see cref="SetupDiagTextParser"/> documents. Real files are UTF-16 and well-formed; published
/// copies are sometimes cut short, so the reader keeps every complete element before the first malformed place.
/// </summary>
internal static class SetupDiagXmlParser
{
    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        using var reader = SafeXml.Create(text);
        var open = new Stack<OpenElement>();
        long nodes = 0;
        var tooDeep = 0;
        while (SafeXml.TryRead(reader))
        {
            if ((++nodes & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (open.TryPeek(out var parent))
                    {
                        parent.HasChildren = true;
                    }

                    if (!reader.IsEmptyElement)
                    {
                        // Results files are a few levels deep; deeper nesting is not SetupDiag's and is only counted.
                        if (open.Count < 64)
                        {
                            open.Push(new OpenElement(reader.LocalName, SafeXml.Line(reader)));
                        }
                        else
                        {
                            tooDeep++;
                        }
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (tooDeep == 0 && open.TryPeek(out var holder) && holder.Text.Length < options.MaxEntryChars)
                    {
                        var value = reader.Value;
                        holder.Text.Append(value, 0, Math.Min(value.Length, options.MaxEntryChars - holder.Text.Length));
                    }

                    break;
                case XmlNodeType.EndElement when tooDeep > 0:
                    tooDeep--;
                    break;
                case XmlNodeType.EndElement when open.Count > 0:
                    var element = open.Pop();
                    if (!element.HasChildren)
                    {
                        foreach (var entry in SetupDiagFields.Entries(file, element.Line, SetupDiagFields.ComponentName(element.Name), element.Text.ToString()))
                        {
                            yield return entry;
                        }
                    }

                    break;
            }
        }
    }

    private sealed class OpenElement(string name, long line)
    {
        public string Name { get; } = name;

        public long Line { get; } = line;

        public StringBuilder Text { get; } = new();

        public bool HasChildren { get; set; }
    }
}
