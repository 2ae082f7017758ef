using System.Xml;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// XML readers for log files that may be hostile or cut short. They read from already decoded text (so an
/// <c>encoding="utf-16"</c> declaration on a file that is really UTF-8, as in published SetupDiag samples,
/// does not matter), accept several top-level elements (<c>wevtutil qe</c> writes events one after another
/// with no root), ignore DTDs and never resolve entities or external resources, and see the input end early
/// when more than <see cref="MaxRunChars"/> characters pass without a <c>&lt;</c> or <c>&gt;</c> (no element,
/// attribute or text node can grow without bound) or when elements nest deeper than <see cref="MaxDepth"/>
/// (the reader keeps a stack of open elements, which a file of a million <c>&lt;a&gt;</c> would grow to
/// millions). Callers stop at the first <see cref="XmlException"/> and keep what they read before it.
/// </summary>
internal static class SafeXml
{
    public const int MaxRunChars = 1024 * 1024;

    /// <summary>Far deeper than any log export (events and SetupDiag results are 4 or 5 levels deep).</summary>
    public const int MaxDepth = 256;

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

    /// <summary>
    /// Runs one step of work on the current node; false when the XML turned out malformed there. The reader
    /// parses values and attributes lazily, so reading them can throw as well as moving to the next node.
    /// </summary>
    public static bool TryStep(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>The line of the current node, 1-based.</summary>
    public static long Line(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>
    /// Ends the text early when a run between markup characters grows past its bound, or when elements nest too
    /// deep. Nesting is estimated from the characters alone (an opening <c>&lt;name</c> goes in, <c>&lt;/</c> and
    /// <c>/&gt;</c> come out): an estimate that errs low, which only lets a document go on.
    /// </summary>
    private sealed class MarkupGuardReader(TextReader inner) : TextReader
    {
        private int _run;
        private int _depth;
        private char _previous;
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
                var c = buffer[i];
                if (_previous == '<')
                {
                    _depth += c == '/' ? -1 : char.IsLetter(c) || c is '_' or ':' ? 1 : 0;
                }
                else if (_previous == '/' && c == '>')
                {
                    _depth--;
                }

                _depth = Math.Max(_depth, 0);
                _previous = c;
                if (c is '<' or '>')
                {
                    _run = 0;
                }
                else if (++_run > MaxRunChars)
                {
                    _ended = true;
                }

                if (_ended || _depth > MaxDepth)
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
