using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Logs;

/// <summary>Gives a log's entries one at a time, without an iterator's per-item cost.</summary>
internal interface IEntrySource
{
    /// <summary>The next entry, or null at the end.</summary>
    LogEntry? Next();
}
