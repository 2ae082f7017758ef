using System.CommandLine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk cleanup &lt;journal&gt;</c>: deletes what that journal's fix moved aside, after showing it and asking
/// (see <see cref="CleanupWorkflow"/>).</summary>
public static class CleanupCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var journal = new Argument<string>("journal") { Description = FixStrings.ArgumentCleanupJournal };
        var yes = new Option<bool>("--yes", "-y") { Description = FixStrings.OptionYesCleanup };
        var command = new Command("cleanup", FixStrings.CommandCleanup) { journal, yes };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            if (JournalFolder.Open(session) is not { } store)
            {
                return ExitCodes.CannotCreate;
            }

            var (read, code) = await JournalInput.ReadAsync(session, new JournalBook(store), parse.GetValue(journal)!, cancellationToken).ConfigureAwait(false);
            if (read is null)
            {
                return code;
            }

            var catalog = session.LoadPlugins();
            return await new CleanupWorkflow(session, catalog, TimeProvider.System).RunAsync(read, parse.GetValue(yes), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
