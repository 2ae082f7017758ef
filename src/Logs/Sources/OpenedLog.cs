using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Sources;

/// <summary>A source opened for analysis: its kind, its entries (to be read once), and what to close when done.</summary>
/// <param name="Kind">The kind of log its entries are.</param>
/// <param name="Entries">The entries, read lazily.</param>
/// <param name="Resource">What holds the source open (a file), or null.</param>
/// <param name="KindFromContent">True when the kind was told from the text, since the name said nothing.</param>
/// <param name="Unwrapped">True when pasted wrapping (quote marks, fences, indentation) was taken off the text.</param>
public sealed record OpenedLog(LogKind Kind, IEnumerable<LogEntry> Entries, IDisposable? Resource = null, bool KindFromContent = false, bool Unwrapped = false) : IDisposable
{
    /// <summary>Closes what holds the source open.</summary>
    public void Dispose() => Resource?.Dispose();
}
