using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Logs;

namespace WuToolkit.Host.Analysis.Sources;

/// <summary>Something to analyse: a log file, or on Windows an event channel or the values Setup left in the
/// registry. <see cref="Open"/> decides its kind and streams its entries; it may throw
/// <see cref="LogFormatException"/> or an I/O error, which the analysis records against <see cref="Name"/>.</summary>
public sealed record LogSource(string Name, Func<CancellationToken, (LogKind Kind, IEnumerable<LogEntry> Entries)> Open)
{
    public static LogSource File(string path) => new(path, cancellationToken =>
    {
        var file = LogReader.Open(path);
        return (file.Kind, file.Entries(cancellationToken));
    });
}
