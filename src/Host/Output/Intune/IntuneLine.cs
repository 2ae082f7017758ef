using System.Globalization;

namespace WuToolkit.Host.Output.Intune;

/// <summary>
/// The one line Intune keeps of a remediation script's output: its last line, of which the portal shows at most 2,048
/// characters. The line is made single (line breaks become spaces, control characters and bidirectional overrides visible
/// escapes) and, when longer, cut to at most 2,048 UTF-16 characters on a text-element boundary (never inside a surrogate
/// pair or between a letter and its combining mark) and ended with an ellipsis.
/// </summary>
public static class IntuneLine
{
    /// <summary>The most characters Intune shows of the line.</summary>
    public const int MaxLength = 2048;

    private const string Ellipsis = "…";

    public static string Of(string text)
    {
        var line = TerminalText.Escape((text ?? "").ReplaceLineEndings(" ")).Trim();
        if (line.Length <= MaxLength)
        {
            return line;
        }

        var budget = MaxLength - Ellipsis.Length;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + ((string)elements.Current).Length;
            if (next > budget)
            {
                break;
            }

            end = next;
        }

        return string.Concat(line.AsSpan(0, end).TrimEnd(), Ellipsis);
    }
}
