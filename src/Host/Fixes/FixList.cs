using System.Text.Json;
using Spectre.Console;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// <c>wutk list --fixes</c>: only the fixes, from metadata (no fix is created), with what a person must know before
/// applying one: whether it needs elevation, how much it disturbs the PC, which checks it answers, and how it is undone
/// (<c>wutk undo</c> always; a companion such as <c>cleanboot.exit</c> where the fix has one). JSON carries the same in
/// list-v1's <c>fixes</c>, whatever the options.
/// </summary>
public static class FixList
{
    public static async Task WriteAsync(HostSession session, PluginCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(catalog);
        if (session.Format == OutputFormat.Json)
        {
            await session.CreateFormatter().WriteListAsync(catalog, [.. catalog.Checks], settings: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        var fixes = new FixCatalog(catalog);
        var terminal = session.Environment.OutputIsTerminal && ReferenceEquals(session.Output, Console.Out);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(session.Output),
        });
        console.Profile.Width = terminal && session.Environment.TerminalWidth > 0 ? session.Environment.TerminalWidth : TableOutputFormatter.RedirectedWidth;
        var table = new Table { Border = terminal ? TableBorder.Rounded : TableBorder.Simple };
        foreach (var column in new[] { Strings.ColumnFix, Strings.ColumnPlugin, FixStrings.ColumnImpact, FixStrings.ColumnElevation, FixStrings.ColumnUndo, FixStrings.ColumnAddresses, Strings.ColumnTitle })
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var fix in fixes.Fixes)
        {
            var undo = string.IsNullOrWhiteSpace(fix.Metadata.UndoFixId) ? FixStrings.UndoByJournal : FixStrings.FormatUndoByCompanion(fix.Metadata.UndoFixId);
            table.AddRow(
                Plain(fix.Id),
                Plain(fix.Plugin),
                Plain(FixTableWriter.ImpactText(fix.Metadata.Impact)),
                Plain(fix.Metadata.NeedsElevation ? FixStrings.ElevationNeeded : FixStrings.ElevationNotNeeded),
                Plain(undo),
                Plain(string.Join(", ", fix.Metadata.Addresses)),
                Plain(fix.Metadata.Title));
        }

        foreach (var (id, undoes) in fixes.Companions)
        {
            table.AddRow(Plain(id), Plain("wutk"), Plain(FixTableWriter.ImpactText(undoes.Metadata.Impact)),
                Plain(undoes.Metadata.NeedsElevation ? FixStrings.ElevationNeeded : FixStrings.ElevationNotNeeded),
                Plain("-"), Plain(""), Plain(FixStrings.FormatCompanionTitle(undoes.Id)));
        }

        console.Write(table);
        await session.Output.WriteLineAsync(FixStrings.FormatFixListSummary(fixes.Fixes.Count, fixes.Companions.Count)).ConfigureAwait(false);
    }

    /// <summary>The fields list-v1 added for fixes in 1.1: description, impact, addresses, undo companion and settings.</summary>
    public static void WriteJsonDetails(Utf8JsonWriter json, FixDescriptor fix)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fix);
        if (string.IsNullOrWhiteSpace(fix.Metadata.Description))
        {
            json.WriteNull("description");
        }
        else
        {
            json.WriteString("description", fix.Metadata.Description);
        }

        json.WriteString("impact", JsonNamingPolicy.CamelCase.ConvertName(fix.Metadata.Impact.ToString()));
        json.WriteStartArray("addresses");
        foreach (var address in fix.Metadata.Addresses)
        {
            json.WriteStringValue(address);
        }

        json.WriteEndArray();
        if (string.IsNullOrWhiteSpace(fix.Metadata.UndoFixId))
        {
            json.WriteNull("undoFixId");
        }
        else
        {
            json.WriteString("undoFixId", fix.Metadata.UndoFixId);
        }

        json.WriteStartArray("settings");
        foreach (var setting in FixCatalog.SettingsOf(fix))
        {
            json.WriteStringValue(setting.Key);
        }

        json.WriteEndArray();
    }

    private static Text Plain(string text) => new(TerminalText.Escape(text));
}
