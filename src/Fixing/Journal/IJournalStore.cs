namespace WuToolkit.Fixing.Journal;

/// <summary>
/// Where journals are kept: one journal a fix application, each an append-only list of lines (JSON, one entry a line;
/// see docs/schemas/journal-v1.schema.json). <see cref="AppendAsync"/> returns only once the line is durable, because the
/// engine writes what a step is about to do before the step runs (write-ahead) and relies on it after a crash.
/// </summary>
public interface IJournalStore
{
    /// <summary>Starts an empty journal.</summary>
    /// <exception cref="IOException">It cannot be created, or a journal with this id exists.</exception>
    Task CreateAsync(string id, CancellationToken cancellationToken);

    /// <summary>Adds a line and returns once it is durable (flushed to the disk, for a file).</summary>
    /// <exception cref="IOException">It cannot be written.</exception>
    Task AppendAsync(string id, string line, CancellationToken cancellationToken);

    /// <summary>Every line of a journal, in order.</summary>
    /// <exception cref="JournalNotFoundException">There is no journal with this id.</exception>
    Task<IReadOnlyList<string>> ReadLinesAsync(string id, CancellationToken cancellationToken);

    /// <summary>The ids of every journal, in no particular order.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Where the journal lives, for messages (a file's path).</summary>
    string Locate(string id);
}
