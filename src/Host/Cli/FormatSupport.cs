using System.CommandLine;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Cli;

/// <summary>Which commands take the formats that not every command has: JSON lines and Markdown are a run's, CSV a fleet
/// report's, and HTML both (one PC's page, or the fleet's). Any other pairing is a usage error before anything runs,
/// rather than a silent table.</summary>
internal static class FormatSupport
{
    /// <summary>Why the format asked for does not fit the command; null when it does.</summary>
    public static string? Problem(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        string? text;
        try
        {
            text = parse.GetValue<string>("--format");
        }
        catch (InvalidOperationException)
        {
            // --help hides the parse errors, and a value that is none cannot be read: help is shown, nothing runs.
            return null;
        }

        var command = parse.CommandResult.Command.Name;
        var fits = CommonOptions.ParseFormat(text) switch
        {
            OutputFormat.Jsonl or OutputFormat.Markdown => command is "run",
            OutputFormat.Csv => command is "report",
            OutputFormat.Html => command is "run" or "report",
            _ => true,
        };
        return fits ? null : ReportStrings.FormatFormatNotForCommand(text ?? "", command);
    }
}
