using System.Buffers;
using System.Globalization;
using System.Text;

namespace WuToolkit.Host.Output;

/// <summary>
/// Text that comes from data (snapshot values, log lines, plugin-provided text, file names) made safe to show on a
/// terminal. A control character (C0, DEL, C1) or a bidirectional override (U+202A to U+202E, U+2066 to U+2069) is
/// written as an escape (<c>\x1B</c>, <c>\u202E</c>), so a hostile snapshot or log can never retitle the window,
/// clear the screen, move the cursor or reorder what the reader sees. Table output and every message line on
/// standard error go through here; JSON strings are escaped by the serializer, bidirectional overrides by
/// <see cref="EscapeJson"/>.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static readonly SearchValues<char> Bidi = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The text with every unsafe character escaped; the same instance when there is none.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var first = text.AsSpan().IndexOfAny(Unsafe);
        return first < 0 ? text : Replace(text, first);
    }

    /// <summary>A JSON document with the bidirectional overrides its encoder left as they are written as <c>\uXXXX</c>
    /// escapes. They can only stand inside strings there, where the escape means the same character.</summary>
    public static string EscapeJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.AsSpan().ContainsAny(Bidi))
        {
            return json;
        }

        // One escaping loop for the whole document and for its parts.
        using var escaped = new StringWriter(new StringBuilder(json.Length + 16), CultureInfo.InvariantCulture);
        WriteEscapedJson(escaped, json);
        return escaped.ToString();
    }

    /// <summary>As <see cref="EscapeJson"/>, for a part of a document, written to <paramref name="output"/> (each
    /// character is escaped on its own, so a document may be written in parts).</summary>
    public static void WriteEscapedJson(TextWriter output, ReadOnlySpan<char> json)
    {
        ArgumentNullException.ThrowIfNull(output);
        while (!json.IsEmpty)
        {
            var next = json.IndexOfAny(Bidi);
            if (next < 0)
            {
                output.Write(json);
                return;
            }

            output.Write(json[..next]);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)json[next]:X4}"));
            json = json[(next + 1)..];
        }
    }

    private static string Replace(string text, int first)
    {
        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!Unsafe.Contains(c))
            {
                escaped.Append(c);
            }
            else if (c <= '\u00FF')
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return escaped.ToString();
    }
}
