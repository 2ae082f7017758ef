using System.Net;

namespace WuToolkit.Host.Output.Html;

/// <summary>
/// Text from data (snapshot values, plugin summaries, paths) made safe inside an HTML page: markup characters become
/// entities, so a value like <c>&lt;script&gt;</c> is shown and never parsed, and control characters and bidirectional
/// overrides are first written as visible escapes (as on a terminal), so a value can neither reorder what the reader sees
/// nor hide text.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(TerminalText.Escape(text));
}
