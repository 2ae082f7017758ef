using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// <c>wutk cleanup &lt;journal&gt;</c>: deletes what that journal's renames moved aside (the old download cache, say), and
/// nothing else, after showing each path with its size and asking. It is the only way wutk deletes anything a fix moved;
/// each deletion is recorded in the journal, so it is offered once.
/// </summary>
public sealed class CleanupWorkflow(HostSession session, PluginCatalog catalog, TimeProvider time)
{
    public async Task<int> RunAsync(FixJournal journal, bool yes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        if (JournalFolder.Open(session) is not { } store)
        {
            return ExitCodes.CannotCreate;
        }

        var json = session.Format == OutputFormat.Json;
        var items = journal.MovedAside
            .Select(step => (Step: step, Path: MovedAside.Deletable(step, Environment.ExpandEnvironmentVariables)))
            .Where(item => item.Path is not null && (Directory.Exists(item.Path) || File.Exists(item.Path)))
            .Select(item => (item.Step, Path: item.Path!))
            .ToList();
        if (items.Count == 0)
        {
            return await FinishAsync(journal, [], [], ExitCodes.Ok, FixStrings.FormatCleanupNothing(E(journal.Id)), cancellationToken).ConfigureAwait(false);
        }

        if (!json)
        {
            await session.Output.WriteLineAsync(FixStrings.FormatCleanupHeading(E(journal.FixId), E(journal.Id))).ConfigureAwait(false);
            foreach (var (_, path) in items)
            {
                var size = PortableStorage.Measure(path, path, cancellationToken);
                await session.Output.WriteLineAsync("  " + FixStrings.FormatCleanupLine(E(path), (size.SizeBytes / 1_000_000.0).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture), size.FileCount)).ConfigureAwait(false);
            }
        }

        var fix = catalog.Fixes.FirstOrDefault(candidate => string.Equals(candidate.Id, journal.FixId, StringComparison.OrdinalIgnoreCase));
        if ((fix?.Metadata.NeedsElevation ?? true) && !session.Environment.IsElevated)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(FixStrings.FormatCleanupNotElevated(journal.Id))).ConfigureAwait(false);
            return ExitCodes.NeedsElevation;
        }

        var (held, busy) = await ChangeLock.TakeAsync(session, store, "wutk cleanup " + journal.Id).ConfigureAwait(false);
        using var changing = held;
        if (busy is not null)
        {
            return ExitCodes.Busy;
        }

        if (!yes && !await new Confirmation(session.Error, session.Environment.OpenStandardInput)
                .AskAsync(FixStrings.FormatConfirmCleanup(items.Count), cancellationToken).ConfigureAwait(false))
        {
            await session.Error.WriteLineAsync(FixStrings.NotApproved).ConfigureAwait(false);
            return ExitCodes.NotApproved;
        }

        var book = new JournalBook(store);
        var deleted = new List<string>();
        var problems = new List<string>();
        foreach (var (step, path) in items)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }

                deleted.Add(path);
                await book.RecordDeletedAsync(journal.Id, step.Index, path, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(FixStrings.FormatCleanupFailed(path, ex.Message));
            }
        }

        var code = problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Incomplete;
        foreach (var problem in problems)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(problem)).ConfigureAwait(false);
        }

        return await FinishAsync(journal, deleted, problems, code, FixStrings.FormatCleanupDone(deleted.Count), cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> FinishAsync(FixJournal journal, IReadOnlyList<string> deleted, IReadOnlyList<string> problems, int code, string message, CancellationToken cancellationToken)
    {
        if (session.Format == OutputFormat.Json)
        {
            await new FixJsonWriter(session.Output, HostSession.ToolVersion).WriteCleanupAsync(journal, deleted, problems, code, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await session.Output.WriteLineAsync(message).ConfigureAwait(false);
        }

        return code;
    }

    private static string E(string? text) => TerminalText.Escape(text);
}
