using System.Collections.Concurrent;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Journal;

/// <summary>Journals kept in memory, for tests: they outlive a simulated crash as long as the store object lives, as a
/// file outlives a process.</summary>
public sealed class MemoryJournalStore : IJournalStore
{
    private readonly ConcurrentDictionary<string, List<string>> _journals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether appending fails from now on, as on a full disk.</summary>
    public bool FailWrites { get; set; }

    /// <inheritdoc />
    public Task CreateAsync(string id, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        return _journals.TryAdd(id, []) ? Task.CompletedTask : throw new IOException(FixingStrings.FormatJournalExists(id));
    }

    /// <inheritdoc />
    public Task AppendAsync(string id, string line, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        var lines = _journals.TryGetValue(id, out var found) ? found : throw new JournalNotFoundException(FixingStrings.FormatJournalNotFound(id));
        lock (lines)
        {
            lines.Add(line);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ReadLinesAsync(string id, CancellationToken cancellationToken)
    {
        var lines = _journals.TryGetValue(id, out var found) ? found : throw new JournalNotFoundException(FixingStrings.FormatJournalNotFound(id));
        lock (lines)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. lines]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. _journals.Keys]);

    /// <inheritdoc />
    public string Locate(string id) => "memory:" + id;

    private void ThrowIfFailing()
    {
        if (FailWrites)
        {
            throw new IOException(FixingStrings.JournalWriteFailed);
        }
    }
}
