using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Logs;

/// <summary>A log file as the reader will read it: its kind and encoding, decided once from its name and first bytes.</summary>
/// <param name="Path">The file, as given.</param>
/// <param name="Kind">Which log it is (Unknown: read as raw lines).</param>
/// <param name="EncodingName">The encoding its text is decoded with, such as <c>utf-8</c> or <c>utf-16</c>.</param>
/// <param name="Options">How it is read; <see cref="LogReadOptions.Kind"/> is set to <paramref name="Kind"/>.</param>
public sealed record LogFile(string Path, LogKind Kind, string EncodingName, LogReadOptions Options)
{
    /// <summary>Streams the file's entries (the file is opened again for each enumeration).</summary>
    public IEnumerable<LogEntry> Entries(CancellationToken cancellationToken = default) => LogReader.Read(Path, Options, cancellationToken);
}
