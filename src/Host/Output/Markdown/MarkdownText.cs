using System.Text;

namespace WuToolkit.Host.Output.Markdown;

/// <summary>
/// Text from data made safe inside Markdown for a ticket: one line (line breaks become spaces), the characters that
/// start emphasis, links, code, tables or HTML escaped, and control characters and bidirectional overrides written as
/// visible escapes, so a value like <c>&lt;script&gt;</c> or <c>[click](http://…)</c> is shown as it is and never
/// rendered.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string? text)
    {
        var safe = TerminalText.Escape((text ?? "").ReplaceLineEndings(" "));
        var escaped = new StringBuilder(safe.Length + 8);
        foreach (var c in safe)
        {
            _ = c switch
            {
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '&' => escaped.Append("&amp;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!' => escaped.Append('\\').Append(c),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>An inline code span for a command or id; ids and fix commands hold no backtick, others lose theirs.</summary>
    public static string Code(string text) => "`" + TerminalText.Escape(text.ReplaceLineEndings(" ")).Replace('`', '\'') + "`";
}
