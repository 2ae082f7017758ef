using System.CommandLine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Machines;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk undo [journal]</c>: restores what a fix changed, from its journal (the newest with something left to
/// undo, unless one is named); <c>--list</c> shows the journals.</summary>
public static class UndoCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var journal = new Argument<string?>("journal") { Description = FixStrings.ArgumentJournal, Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = FixStrings.OptionList };
        var yes = new Option<bool>("--yes", "-y") { Description = FixStrings.OptionYesUndo };
        var command = new Command("undo", FixStrings.CommandUndo) { journal, list, yes };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            if (JournalFolder.Open(session) is not { } store)
            {
                return ExitCodes.CannotCreate;
            }

            var book = new JournalBook(store);
            if (parse.GetValue(list))
            {
                return await ListAsync(session, book, store.Folder, cancellationToken).ConfigureAwait(false);
            }

            FixJournal? named = null;
            if (parse.GetValue(journal) is { } id)
            {
                var (read, code) = await JournalInput.ReadAsync(session, book, id, cancellationToken).ConfigureAwait(false);
                if (read is null)
                {
                    return code;
                }

                named = read;
            }

            var catalog = session.LoadPlugins();
            var live = LiveMachine.Create(TimeProvider.System, TimeSpan.FromSeconds(10), []);
            try
            {
                return await new UndoWorkflow(session, catalog, live).RunAsync(named, null, parse.GetValue(yes), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                LiveMachine.Release(live);
            }
        });
        return command;
    }

    private static async Task<int> ListAsync(HostSession session, JournalBook book, string folder, CancellationToken cancellationToken)
    {
        var (journals, damaged) = await book.ListAsync(cancellationToken).ConfigureAwait(false);
        if (session.Format == OutputFormat.Json)
        {
            await new FixJsonWriter(session.Output, HostSession.ToolVersion).WriteJournalsAsync(folder, journals, damaged, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        await session.Output.WriteLineAsync(FixStrings.FormatJournalsHeading(TerminalText.Escape(folder), journals.Count)).ConfigureAwait(false);
        foreach (var entry in journals)
        {
            await session.Output.WriteLineAsync("  " + FixStrings.FormatJournalLine(
                TerminalText.Escape(entry.Id),
                TerminalText.Escape(entry.FixId),
                entry.StartedUtc.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
                UndoWorkflow.StateText(entry.State),
                entry.NeedsUndo ? FixStrings.JournalNeedsUndo : "",
                entry.MovedAside.Count > 0 ? FixStrings.FormatJournalMovedAside(entry.MovedAside.Count) : "")).ConfigureAwait(false);
        }

        foreach (var (id, problem) in damaged)
        {
            await session.Error.WriteLineAsync(MessageLine.Warning(FixStrings.FormatJournalDamaged(id, problem))).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
