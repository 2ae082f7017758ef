using System.Globalization;
using Spectre.Console;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Output;

/// <summary><c>wutk explain</c> for people: each catalog's explanation with its next steps (the checks to run, the
/// fixes to apply), then what the code's bits say; or, for <c>--search</c>, a table of the codes found.</summary>
public sealed partial class TableOutputFormatter
{
    public Task WriteExplainAsync(ExplainReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Search is { } search)
        {
            WriteSearch(search);
        }
        else if (report.Code is { } code)
        {
            WriteCode(code);
        }

        return Task.CompletedTask;
    }

    private void WriteCode(CodeExplanation explanation)
    {
        var anatomy = explanation.Anatomy;
        if (explanation.Query.Win32Error is { } win32)
        {
            Line(ExplainStrings.FormatFromWin32Number(TerminalText.Escape(explanation.Query.Input.Trim()), win32, anatomy.Hex));
        }

        if (!explanation.Known)
        {
            _console.MarkupLine($"[bold]{Markup.Escape(ExplainStrings.FormatNotInCatalogs(anatomy.Hex))}[/]");
        }

        foreach (var entry in explanation.Entries)
        {
            WriteEntry(entry);
            Line();
        }

        // The extend code says more about a setup failure than the result's bits, so it comes first.
        if (explanation.Extend is { } extend)
        {
            WriteExtend(extend);
        }

        WriteAnatomy(anatomy);
    }

    private void WriteEntry(CatalogEntry entry)
    {
        var code = entry.Code;
        var name = code.Name.Length > 0 ? TerminalText.Escape(code.Name) : ExplainStrings.NoName;
        _console.MarkupLine($"[bold]{Markup.Escape(TerminalText.Escape(code.Hex))}  {Markup.Escape(name)}[/]");
        Line("  " + TerminalText.Escape(code.Meaning));
        if (code.Causes.Count > 0)
        {
            Line("  " + ExplainStrings.CausesTitle);
            foreach (var cause in code.Causes)
            {
                Line("  " + ExplainStrings.FormatCauseLine(TerminalText.Escape(cause)));
            }
        }

        if (code.CheckIds.Count > 0)
        {
            var ids = code.CheckIds.Select(TerminalText.Escape).ToList();
            var line = ExplainStrings.FormatChecksLine(string.Join(", ", ids), string.Join(' ', ids));
            _console.MarkupLine($"  [cyan]{Markup.Escape(line)}[/]");
        }

        if (code.FixIds.Count > 0)
        {
            _console.MarkupLine($"  [cyan]{Markup.Escape(ExplainStrings.FormatFixesLine(TerminalText.Escape(string.Join(", ", code.FixIds))))}[/]");
        }

        _console.MarkupLine($"  [dim]{Markup.Escape(TerminalText.Escape(ExplainStrings.FormatFromCatalog(entry.CatalogId, entry.CatalogTitle, entry.Plugin)))}[/]");
    }

    private void WriteAnatomy(CodeAnatomy anatomy)
    {
        var severity = anatomy.IsFailure ? ExplainStrings.SeverityFailure : ExplainStrings.SeveritySuccess;
        if (anatomy.IsCustomer)
        {
            severity += ", " + ExplainStrings.CustomerDefined;
        }

        var within = "0x" + anatomy.FacilityCode.ToString("X4", CultureInfo.InvariantCulture);
        Line(ExplainStrings.FormatDecodedLine(severity, anatomy.Facility, anatomy.FacilityName, within));
        if (anatomy.Area is { } area)
        {
            Line(ExplainStrings.FormatAreaLine(area));
        }

        if (anatomy.Win32Error is { } win32)
        {
            Line(anatomy.Win32Message is { } message
                ? ExplainStrings.FormatWin32LineWithMessage(win32, message)
                : ExplainStrings.FormatWin32Line(win32));
        }

        if (anatomy.HttpStatus is { } status)
        {
            Line(ExplainStrings.FormatHttpLine(status));
        }

        Line(ExplainStrings.FormatNumberLine(anatomy.Code, anatomy.SignedForm));
    }

    private void WriteExtend(SetupExtendCode extend)
    {
        Line(ExplainStrings.FormatExtendTitle(extend.Hex));
        Line(ExplainStrings.FormatExtendPhase(extend.Phase.Number, Named(extend.Phase), extend.Phase.Description));
        var operation = "0x" + extend.Operation.Number.ToString("X2", CultureInfo.InvariantCulture);
        Line(ExplainStrings.FormatExtendOperation(operation, Named(extend.Operation), extend.Operation.Description));
    }

    private static string Named(SetupStep step) => step.Name is { } name ? $" ({name})" : "";

    private void WriteSearch(SearchResult search)
    {
        if (search.Total == 0)
        {
            Line(ExplainStrings.FormatSearchNone(TerminalText.Escape(search.Words)));
            return;
        }

        var table = NewTable(ExplainStrings.ColumnCode, ExplainStrings.ColumnName, ExplainStrings.ColumnMeaning, ExplainStrings.ColumnCatalog);
        foreach (var match in search.Matches)
        {
            table.AddRow(Plain(match.Code.Hex), Plain(match.Code.Name), Plain(match.Code.Meaning), Plain(match.CatalogId));
        }

        _console.Write(table);
        Line(search.Matches.Count < search.Total
            ? ExplainStrings.FormatSearchSome(search.Matches.Count, search.Total, TerminalText.Escape(search.Words))
            : ExplainStrings.FormatSearchAll(search.Total, TerminalText.Escape(search.Words)));
    }
}
