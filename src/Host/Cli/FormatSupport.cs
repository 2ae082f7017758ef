using System.CommandLine;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Cli;

/// <summary>Which commands take the formats that not every command has: JSON lines are a run's findings, CSV and HTML a
/// fleet report's. Any other pairing is a usage error before anything runs, rather than a silent table.</summary>
internal static class FormatSupport
{
    /// <summary>Why the format asked for does not fit the command; null when it does.</summary>
    public static string? Problem(ParseResult parse)
    {
        var text = parse.GetValue<string>("--format");
        var command = parse.CommandResult.Command.Name;
        var fits = CommonOptions.ParseFormat(text) switch
        {
            OutputFormat.Jsonl => command is "run",
            OutputFormat.Csv or OutputFormat.Html => command is "report",
            _ => true,
        };
        return fits ? null : ReportStrings.FormatFormatNotForCommand(text ?? "", command);
    }
}
