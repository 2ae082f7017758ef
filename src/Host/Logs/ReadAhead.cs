using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Logs;

/// <summary>
/// Reads a log's entries on a second thread while the caller works on the ones already read, so that on a
/// multi-core PC parsing and the rules that read the entries overlap instead of adding up. Entries travel in
/// batches through a queue of at most <see cref="MaxBatches"/> batches, each closed at
/// <see cref="BatchEntries"/> entries or <see cref="BatchChars"/> characters of text, so memory stays bounded
/// whatever the file. An exception on the reading thread is rethrown to the caller; a caller that stops
/// early (disposing the enumerator, as <c>foreach</c> and LINQ do) stops the reading thread and waits for it,
/// so the file is closed when enumeration ends.
/// </summary>
internal static class ReadAhead
{
    private const int MaxBatches = 4;
    private const int BatchEntries = 1024;
    private const int BatchChars = 256 * 1024;

    public static IEnumerable<LogEntry> Entries(IEntrySource source, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<List<LogEntry>>(MaxBatches);
        var reader = Task.Run(() => Produce(source, queue, stop.Token), CancellationToken.None);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var entry in batch)
                {
                    yield return entry;
                }
            }

            // Rethrows what stopped the reading thread, if anything did.
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            WaitQuietly(reader);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Produce(IEntrySource source, BlockingCollection<List<LogEntry>> queue, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<LogEntry>(BatchEntries);
            var chars = 0;
            while (source.Next() is { } entry)
            {
                batch.Add(entry);
                chars += entry.Text.Length;
                if (batch.Count >= BatchEntries || chars >= BatchChars)
                {
                    queue.Add(batch, cancellationToken);
                    batch = new List<LogEntry>(BatchEntries);
                    chars = 0;
                }
            }

            if (batch.Count > 0)
            {
                queue.Add(batch, cancellationToken);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static void WaitQuietly(Task reader)
    {
        try
        {
            reader.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // Already rethrown to the caller, or the caller stopped early and no longer wants it.
        }
    }
}
