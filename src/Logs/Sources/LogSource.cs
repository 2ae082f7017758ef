using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Resources;

namespace WuToolkit.Logs.Sources;

/// <summary>Something to analyse: a log file, standard input, or on Windows an event channel or the values Setup left
/// in the registry. <see cref="Open"/> decides its kind and streams its entries; it may throw
/// <see cref="LogFormatException"/> or an I/O error, which the analysis records against <see cref="Name"/>.</summary>
public sealed record LogSource(string Name, Func<CancellationToken, OpenedLog> Open)
{
    /// <summary>The log at <paramref name="path"/>: a file, or a pipe, FIFO or device named by its path.</summary>
    public static LogSource File(string path) => new(path, cancellationToken =>
        LogKindDetector.FromName(path) == LogKind.CrashDump
            ? CrashDumps.Describe(path)
            : Opened(LogReader.Open(path), emptyIsNothingRead: false, cancellationToken));

    /// <summary>Standard input (<c>-</c> on the command line), named "(standard input)"; not closed.</summary>
    public static LogSource StandardInput(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new(LogStrings.StandardInput, cancellationToken =>
            Opened(LogReader.Open(open(), LogStrings.StandardInput), emptyIsNothingRead: true, cancellationToken));
    }

    /// <summary>Entries already in hand (events or registry values a machine gave), all of <paramref name="kind"/>.</summary>
    public static LogSource FromEntries(string name, LogKind kind, IReadOnlyList<LogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new(name, _ => new OpenedLog(kind, entries));
    }

    /// <summary>What could not even be reached (a folder that cannot be listed): analysing it records <paramref name="reason"/>.</summary>
    public static LogSource Unreadable(string name, string reason) => new(name, _ => throw new LogFormatException(reason));

    // An empty regular file is an empty log (setuperr.log after a clean upgrade). A pipe or standard input that
    // ends before its first byte read nothing: most likely the command writing to it failed, so it is no answer.
    private static OpenedLog Opened(LogFile file, bool emptyIsNothingRead, CancellationToken cancellationToken)
    {
        if (file.IsEmpty && (emptyIsNothingRead || file.IsStream))
        {
            file.Dispose();
            throw new LogFormatException(LogStrings.FormatStreamEmpty(file.Path));
        }

        return new OpenedLog(file.Kind, file.Entries(cancellationToken), file, file.KindFromContent, file.WasUnwrapped);
    }
}
