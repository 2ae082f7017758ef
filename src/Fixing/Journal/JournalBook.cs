using System.Text.Json;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Journal;

/// <summary>Reads and writes journals in a store: entries to lines and back, and a journal's lines to a
/// <see cref="FixJournal"/>.</summary>
public sealed class JournalBook
{
    /// <summary>A book over <paramref name="store"/>.</summary>
    public JournalBook(IJournalStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
    }

    /// <summary>Where the journals are.</summary>
    public IJournalStore Store { get; }

    /// <summary>The journal with this id.</summary>
    /// <exception cref="JournalNotFoundException">There is none.</exception>
    /// <exception cref="JournalDamagedException">It cannot be read.</exception>
    public async Task<FixJournal> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var lines = await Store.ReadLinesAsync(id, cancellationToken).ConfigureAwait(false);
        return Parse(id, lines);
    }

    /// <summary>Every journal that can be read, newest first, and the ids of those that cannot.</summary>
    public async Task<(IReadOnlyList<FixJournal> Journals, IReadOnlyList<(string Id, string Problem)> Damaged)> ListAsync(CancellationToken cancellationToken)
    {
        var journals = new List<FixJournal>();
        var damaged = new List<(string, string)>();
        foreach (var id in await Store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                journals.Add(await ReadAsync(id, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is JournalDamagedException or JournalNotFoundException or IOException or UnauthorizedAccessException)
            {
                damaged.Add((id, ex.Message));
            }
        }

        return ([.. journals.OrderByDescending(journal => journal.StartedUtc).ThenByDescending(journal => journal.Id, StringComparer.Ordinal)], damaged);
    }

    /// <summary>The newest journal that still has something to undo, of <paramref name="fixId"/> when given, or
    /// <see langword="null"/> when there is none.</summary>
    public async Task<FixJournal?> LatestToUndoAsync(string? fixId, CancellationToken cancellationToken)
    {
        var (journals, _) = await ListAsync(cancellationToken).ConfigureAwait(false);
        return journals.FirstOrDefault(journal => journal.NeedsUndo
            && (fixId is null || string.Equals(journal.FixId, fixId, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Records that what step <paramref name="step"/> moved aside, at <paramref name="path"/>, was deleted as the
    /// user asked, so that no later cleanup offers it again.</summary>
    public Task RecordDeletedAsync(string id, int step, string path, DateTimeOffset atUtc, CancellationToken cancellationToken) =>
        AppendAsync(id, new MovedAsideDeleted { Step = step, Path = path, AtUtc = atUtc }, cancellationToken);

    internal Task AppendAsync(string id, JournalEntry entry, CancellationToken cancellationToken) =>
        Store.AppendAsync(id, JsonSerializer.Serialize(entry, FixJson.Compact), cancellationToken);

    internal static FixJournal Parse(string id, IReadOnlyList<string> lines)
    {
        var entries = new List<JournalEntry>();
        var torn = false;
        for (var number = 0; number < lines.Count; number++)
        {
            try
            {
                entries.Add(JsonSerializer.Deserialize<JournalEntry>(lines[number], FixJson.Compact)
                    ?? throw new JsonException(FixingStrings.JournalLineEmpty));
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
            {
                // A crash while the last line was written leaves it cut short; nothing after it was written.
                if (number == lines.Count - 1 && number > 0)
                {
                    torn = true;
                    break;
                }

                throw new JournalDamagedException(FixingStrings.FormatJournalLineDamaged(id, number + 1, ex.Message), ex);
            }
        }

        if (entries.Count == 0 || entries[0] is not JournalBegun begun)
        {
            throw new JournalDamagedException(FixingStrings.FormatJournalNoBeginning(id));
        }

        if (begun.Format > JournalBegun.CurrentFormat)
        {
            throw new JournalDamagedException(FixingStrings.FormatJournalNewerFormat(id, begun.Format, JournalBegun.CurrentFormat));
        }

        var steps = begun.Steps.Select((step, index) => new JournalStep { Index = index, Step = step }).ToArray();
        foreach (var entry in entries.Skip(1))
        {
            switch (entry)
            {
                case StepPrepared prepared when Valid(prepared.Step):
                    steps[prepared.Step] = steps[prepared.Step] with { Prepared = prepared.Before.For(steps[prepared.Step].Step), Run = StepRunState.Interrupted };
                    break;
                case StepFinished finished when Valid(finished.Step):
                    steps[finished.Step] = steps[finished.Step] with { Run = finished.Status, Message = finished.Message, ExitCode = finished.ExitCode };
                    break;
                case StepUndoing undoing when Valid(undoing.Step):
                    steps[undoing.Step] = steps[undoing.Step] with { Undo = StepUndoState.Undoing };
                    break;
                case StepUndone undone when Valid(undone.Step):
                    steps[undone.Step] = steps[undone.Step] with { Undo = undone.Status, UndoMessage = undone.Message };
                    break;
                case MovedAsideDeleted deleted when Valid(deleted.Step):
                    steps[deleted.Step] = steps[deleted.Step] with { MovedAsideDeleted = true };
                    break;
                case StepPrepared or StepFinished or StepUndoing or StepUndone or MovedAsideDeleted:
                    throw new JournalDamagedException(FixingStrings.FormatJournalStepOutOfRange(id));
            }
        }

        // Deleting what was moved aside comes after an end and changes nothing a fix did, so it does not reopen one.
        var last = entries.LastOrDefault(entry => entry is not MovedAsideDeleted);
        var state = last is JournalEnded end ? end.State : JournalState.Interrupted;
        return new FixJournal
        {
            Id = id,
            FixId = begun.Fix,
            Title = begun.Title,
            Machine = begun.Machine,
            ToolVersion = begun.ToolVersion,
            StartedUtc = begun.AtUtc,
            LastUtc = entries[^1].AtUtc,
            ManagedBy = begun.ManagedBy,
            Steps = steps,
            State = state,
            LastLineTorn = torn,
        };

        bool Valid(int index) => index >= 0 && index < steps.Length;
    }
}
