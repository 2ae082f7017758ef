using System.CommandLine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Cli;

/// <summary>The report formats (<c>--format html|markdown</c>) are documents of a run; other commands refuse them before
/// anything runs, as a usage error.</summary>
public static class ReportFormats
{
    public static string? Refusal(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.CommandResult.Command.Name is "run")
        {
            return null;
        }

        string? format;
        try
        {
            format = parse.GetValue<string>("--format");
        }
        catch (InvalidOperationException)
        {
            // --help hides the parse errors, and a value that is none cannot be read: help is shown, nothing runs.
            return null;
        }

        return string.Equals(format, "html", StringComparison.OrdinalIgnoreCase) || string.Equals(format, "markdown", StringComparison.OrdinalIgnoreCase)
            ? ReportPageStrings.FormatFormatForRunOnly(format!.ToLowerInvariant())
            : null;
    }
}
