using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Output;

/// <summary>The one-line messages on standard error ("error: …", "warning: …"). Their text often holds data (a path, a
/// plugin's message, a value from a snapshot), so it is escaped for the terminal first.</summary>
public static class MessageLine
{
    public static string Error(string message) => Strings.FormatErrorLine(TerminalText.Escape(message));

    public static string Warning(string message) => Strings.FormatWarningLine(TerminalText.Escape(message));
}
