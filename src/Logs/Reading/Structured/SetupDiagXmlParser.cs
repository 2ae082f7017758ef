using System.Text;
using System.Xml;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Structured;

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
        var state = new State(file, options.MaxEntryChars);
        var found = new List<LogEntry>();
        long nodes = 0;
        while (SafeXml.TryRead(reader))
        {
            if ((++nodes & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            found.Clear();
            var goOn = SafeXml.TryStep(() => state.Take(reader, found));
            foreach (var entry in found)
            {
                yield return entry;
            }

            if (!goOn)
            {
                yield break;
            }
        }
    }

    /// <summary>The elements open at the current node, and what each holds so far.</summary>
    private sealed class State(string file, int maxChars)
    {
        // Results files are a few levels deep; deeper nesting is not SetupDiag's and is only counted.
        private const int MaxOpen = 64;
        private readonly Stack<OpenElement> _open = new();
        private int _tooDeep;

        public void Take(XmlReader reader, List<LogEntry> found)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (_open.TryPeek(out var parent))
                    {
                        parent.HasChildren = true;
                    }

                    if (!reader.IsEmptyElement)
                    {
                        if (_open.Count < MaxOpen)
                        {
                            _open.Push(new OpenElement(reader.LocalName, SafeXml.Line(reader)));
                        }
                        else
                        {
                            _tooDeep++;
                        }
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (_tooDeep == 0 && _open.TryPeek(out var holder) && holder.Text.Length < maxChars)
                    {
                        var value = reader.Value;
                        holder.Text.Append(value, 0, Math.Min(value.Length, maxChars - holder.Text.Length));
                    }

                    break;
                case XmlNodeType.EndElement when _tooDeep > 0:
                    _tooDeep--;
                    break;
                case XmlNodeType.EndElement when _open.Count > 0:
                    var element = _open.Pop();
                    if (!element.HasChildren)
                    {
                        found.AddRange(SetupDiagFields.Entries(file, element.Line, SetupDiagFields.ComponentName(element.Name), element.Text.ToString()));
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
