using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Reading;

/// <summary>
/// A log opened for reading: its kind and encoding decided from its name and first bytes, its entries then read
/// on from the same open stream. Its entries can be read once, since a pipe or standard input can be read only
/// once; dispose it to close the file.
/// </summary>
public sealed class LogFile : IDisposable
{
    private readonly LogInput _input;
    private readonly Stream? _owned;
    private bool _read;

    internal LogFile(string path, LogKind kind, LogInput input, Stream? owned, bool isStream, LogReadOptions options, bool kindFromContent = false)
    {
        KindFromContent = kindFromContent;
        Path = path;
        Kind = kind;
        _input = input;
        _owned = owned;
        IsStream = isStream;
        Options = options;
    }

    /// <summary>The file as given, or the name of the stream.</summary>
    public string Path { get; }

    /// <summary>Which log it is (Unknown: read as raw lines).</summary>
    public LogKind Kind { get; }

    /// <summary>True when the kind was told from the text (its name said nothing): a paste, standard input, a renamed copy.</summary>
    public bool KindFromContent { get; }

    /// <summary>True when the text was pasted with wrapping (quote marks, Markdown fences, a shared indentation) that was taken off.</summary>
    public bool WasUnwrapped => _input.Fragment is not null;

    /// <summary>The encoding its text is decoded with, such as <c>utf-8</c> or <c>utf-16</c>.</summary>
    public string EncodingName => _input.Encoding.WebName;

    /// <summary>How it is read; <see cref="LogReadOptions.Kind"/> is set to <see cref="Kind"/>.</summary>
    public LogReadOptions Options { get; }

    /// <summary>True when it held not a single byte.</summary>
    public bool IsEmpty => _input.Head.IsEmpty;

    /// <summary>True for what can be read only once and has no size: a pipe, a FIFO, a socket, standard input.</summary>
    public bool IsStream { get; }

    /// <summary>Streams the entries, from the first byte on.</summary>
    /// <exception cref="InvalidOperationException">The entries were already read.</exception>
    public IEnumerable<LogEntry> Entries(CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException($"The entries of {Path} were already read: open it again to read them again.");
        }

        _read = true;
        return LogReader.Entries(_input, Kind, Path, Options, cancellationToken, () => Filter);
    }

    /// <summary>
    /// The markers an entry must hold to be built (set by the analysis before the entries are read; null: every entry).
    /// Only line logs are filtered; the entries of structured formats are all built.
    /// </summary>
    internal Lines.MarkerFilter? Filter { get; set; }

    /// <summary>Closes the file (a stream given by the caller stays open).</summary>
    public void Dispose()
    {
        _input.Dispose();
        _owned?.Dispose();
    }
}
