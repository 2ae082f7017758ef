using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Reading;

/// <summary>Gives a log's entries one at a time, without an iterator's per-item cost.</summary>
internal interface IEntrySource
{
    /// <summary>The next entry, or null at the end.</summary>
    LogEntry? Next();

    /// <summary>From now on, builds only the entries holding one of the filter's markers, counting the others in it.</summary>
    void UseFilter(Lines.MarkerFilter filter);
}
