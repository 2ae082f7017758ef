using System.Xml;

namespace WuToolkit.Host.Logs;

/// <summary>
/// XML readers for log files that may be hostile or cut short. They read from already decoded text (so an
/// <c>encoding="utf-16"</c> declaration on a file that is really UTF-8, as in published SetupDiag samples,
/// does not matter), accept several top-level elements (<c>wevtutil qe</c> writes events one after another
/// with no root), ignore DTDs and never resolve entities or external resources, and see the input end early
/// when more than <see cref="MaxRunChars"/> characters pass without a <c>&lt;</c> or <c>&gt;</c>: no element,
/// attribute or text node can grow without bound. Callers stop at the first <see cref="XmlException"/> and
/// keep what they read before it.
/// </summary>
internal static class SafeXml
{
    public const int MaxRunChars = 1024 * 1024;

    public static XmlReader Create(TextReader text) =>
        XmlReader.Create(new MarkupGuardReader(text), new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CheckCharacters = false,
            MaxCharactersFromEntities = 1024,
            CloseInput = false,
        });

    /// <summary>Reads the next node; false at the end or at the first malformed place.</summary>
    public static bool TryRead(XmlReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>The line of the current node, 1-based.</summary>
    public static long Line(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>Ends the text early when a run between markup characters grows past the bound.</summary>
    private sealed class MarkupGuardReader(TextReader inner) : TextReader
    {
        private int _run;
        private bool _ended;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_ended)
            {
                return 0;
            }

            var read = inner.Read(buffer);
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] is '<' or '>')
                {
                    _run = 0;
                }
                else if (++_run > MaxRunChars)
                {
                    _ended = true;
                    return i;
                }
            }

            return read;
        }

        public override int Peek() => _ended ? -1 : inner.Peek();

        public override int Read()
        {
            Span<char> one = stackalloc char[1];
            return Read(one) == 1 ? one[0] : -1;
        }
    }
}
