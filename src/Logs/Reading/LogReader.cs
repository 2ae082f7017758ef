using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Lines;
using WuToolkit.Logs.Reading.Structured;
using WuToolkit.Logs.Resources;

namespace WuToolkit.Logs.Reading;

/// <summary>
/// Turns log files into entries — the one way into every log wutk reads (CBS, DISM, WindowsUpdate in both
/// formats, setupact/setuperr, SetupDiag results, CompatData, event exports as XML or CSV). Entries of the structured
/// formats carry what their format names beside the text (<see cref="LogEntry.EventId"/>,
/// <see cref="LogEntry.Provider"/>, <see cref="LogEntry.Fields"/>: see each format's parser); the line logs' entries
/// share one empty set of fields, so a gigabyte of CBS.log allocates no dictionary.
/// <para>
/// Entries are an <see cref="IEnumerable{T}"/> rather than an async sequence, read lazily as the caller
/// enumerates: the log analyzer consumes them one at a time and synchronously, file reads are sequential
/// and cheap next to parsing, and a lazy sequence keeps memory constant for multi-gigabyte files (the 64 KiB
/// sample, one line buffer of twice the line limit, the entry being built). Everything happens on the
/// caller's thread: a second parsing thread was measured slower on 2 cores, its queued entries outliving the
/// young generation. UTF-8 and ASCII-compatible files are split and parsed as bytes, and only each entry's
/// text is decoded. A file is opened with sharing for read, write and delete, so a log Windows is still
/// writing can be read.
/// </para>
/// <para>
/// A log is opened once for both its kind and its entries: the entries go on from the sample that told the
/// kind, never from a second opening, because a pipe, a FIFO or standard input can be read only once (opened
/// twice, a pipe gave its first 64 KiB to the kind and the rest, often nothing, to the entries; a FIFO
/// waited for a second writer that never came). Each enumeration of <c>Read</c> opens the log again; dispose
/// the enumerator (foreach does) to close it early.
/// </para>
/// <para>
/// Errors: a folder, a missing or unreadable file, or a binary event log (.evtx by name or by content) is a
/// <see cref="LogFormatException"/> with a one-line message naming the file; the path checks happen when
/// <c>Read</c> is called, the content check on the first step of the enumeration. Every other input, of
/// any bytes, gives entries — of kind Unknown, as raw lines, when nothing else fits. An I/O error in the
/// middle of a file is the <see cref="IOException"/> it is.
/// </para>
/// </summary>
public static class LogReader
{
    private static readonly byte[] EvtxMagic = "ElfFile\0"u8.ToArray();

    /// <summary>Reads the log at <paramref name="path"/>, detecting its kind and encoding.</summary>
    public static IEnumerable<LogEntry> Read(string path, CancellationToken cancellationToken = default) =>
        Read(path, LogReadOptions.Default, cancellationToken);

    /// <summary>Reads the log at <paramref name="path"/> as <paramref name="options"/> say.</summary>
    public static IEnumerable<LogEntry> Read(string path, LogReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        RefuseBinaryEventLog(path);
        CheckPath(path);
        return ReadOpened(() => Open(path, options), cancellationToken);
    }

    /// <summary>
    /// Reads a log from a stream (not disposed); <paramref name="file"/> names it in the entries and, when it
    /// looks like a file name, helps tell its kind.
    /// </summary>
    public static IEnumerable<LogEntry> Read(Stream stream, string file, LogReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        options ??= LogReadOptions.Default;
        Validate(options);
        RefuseBinaryEventLog(file);
        return ReadOpened(() => Open(stream, file, options), cancellationToken);
    }

    /// <summary>
    /// Opens the log at <paramref name="path"/> and decides its kind and encoding from its name and first 64 KiB;
    /// its entries are then read on from the same open file (see <see cref="LogFile"/>).
    /// </summary>
    /// <exception cref="LogFormatException">A folder, a missing or unreadable file, a binary event log.</exception>
    public static LogFile Open(string path, LogReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LogReadOptions.Default;
        Validate(options);
        RefuseBinaryEventLog(path);
        var stream = OpenFile(path);
        try
        {
            return Open(stream, path, options, ownsStream: true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a log that arrives as a stream (standard input; not disposed) and decides its kind and encoding from
    /// <paramref name="file"/>, when it looks like a log's name, and the first 64 KiB.
    /// </summary>
    /// <exception cref="LogFormatException">A binary event log.</exception>
    public static LogFile Open(Stream stream, string file, LogReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        options ??= LogReadOptions.Default;
        Validate(options);
        RefuseBinaryEventLog(file);
        return Open(stream, file, options, ownsStream: false);
    }

    /// <summary>Refuses a binary event log by its name, with a message saying how to export it.</summary>
    internal static void RefuseBinaryEventLog(string path)
    {
        if (LogKindDetector.IsBinaryEventLog(path))
        {
            throw new LogFormatException(LogStrings.FormatBinaryEventLog(path));
        }
    }

    /// <summary>Refuses a folder or a missing file, with a message naming it.</summary>
    internal static void CheckPath(string path)
    {
        if (Directory.Exists(path))
        {
            throw new LogFormatException(LogStrings.FormatLogIsFolder(path));
        }

        if (!File.Exists(path))
        {
            throw new LogFormatException(IsDenied(path) ? LogStrings.FormatLogUnreadable(path, LogStrings.PermissionDenied) : LogStrings.FormatLogNotFound(path));
        }
    }

    /// <summary>
    /// True when a path that seems not to exist cannot even be looked at (a folder on the way may not be entered):
    /// the runtime's existence checks say "no" for both, but the user must hear which.
    /// </summary>
    internal static bool IsDenied(string path)
    {
        try
        {
            _ = File.GetAttributes(path);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    internal static FileStream OpenFile(string path)
    {
        CheckPath(path);
        try
        {
            // No FileStream buffer: the decoder reads 64 KiB at a time already.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new LogFormatException(LogStrings.FormatLogUnreadable(path, Reason(ex)), ex);
        }
    }

    /// <summary>Why a path could not be read, in one line: "permission denied" rather than the runtime's longer sentence.</summary>
    internal static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is UnauthorizedAccessException ? LogStrings.PermissionDenied : exception.Message.ReplaceLineEndings(" ");
    }

    /// <summary>Samples the stream and refuses a binary event log whatever its name.</summary>
    internal static LogInput OpenInput(Stream stream, string file, LogReadOptions options)
    {
        LogInput input;
        try
        {
            input = LogInput.Open(stream, options.Encoding);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new LogFormatException(LogStrings.FormatLogUnreadable(file, Reason(ex)), ex);
        }

        if (input.Head.Span.StartsWith(EvtxMagic))
        {
            input.Dispose();
            throw new LogFormatException(LogStrings.FormatBinaryEventLog(file));
        }

        return input;
    }

    /// <summary>Streams the entries of <paramref name="input"/>, already sampled, as a log of <paramref name="kind"/>:
    /// the line logs pulled entry by entry from an <see cref="IEntrySource"/>, the structured ones through their own sequences.</summary>
    /// <remarks><paramref name="filter"/> is asked on the first step: the markers an entry of a line log must hold to be built, or null for every entry.</remarks>
    internal static IEnumerable<LogEntry> Entries(LogInput input, LogKind kind, string file, LogReadOptions options, CancellationToken cancellationToken, Func<MarkerFilter?>? filter = null)
    {
        if (LineSource(input, kind, file, options) is not { } source)
        {
            return Structured(input, kind, file, options, cancellationToken);
        }

        return Lines(source, filter, cancellationToken);

        static IEnumerable<LogEntry> Lines(IEntrySource source, Func<MarkerFilter?>? filter, CancellationToken cancellationToken)
        {
            if (filter?.Invoke() is { } markers)
            {
                source.UseFilter(markers);
            }

            long count = 0;
            while (source.Next() is { } entry)
            {
                if ((++count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                yield return entry;
            }
        }
    }

    private static LogFile Open(Stream stream, string file, LogReadOptions options, bool ownsStream)
    {
        var kind = options.Kind ?? LogKindDetector.FromName(file);
        var input = OpenInput(stream, file, options);
        var byContent = kind is null;
        if (byContent && FragmentShape.Detect(input.HeadText) is { } shape)
        {
            // Pasted text: quote marks, fences and a shared indentation are no part of the log it quotes.
            input.Unwrap(shape, options.MaxLineChars);
        }

        kind ??= LogKindDetector.FromContent(input.HeadText, file);
        return new LogFile(file, kind.Value, input, ownsStream ? stream : null, !stream.CanSeek, options with { Kind = kind }, byContent);
    }

    // The log is opened on the first step of the enumeration, not before: a sequence that is never enumerated
    // holds no file open.
    private static IEnumerable<LogEntry> ReadOpened(Func<LogFile> open, CancellationToken cancellationToken)
    {
        using var file = open();
        foreach (var entry in file.Entries(cancellationToken))
        {
            yield return entry;
        }
    }

    private static IEntrySource? LineSource(LogInput input, LogKind kind, string file, LogReadOptions options)
    {
        if (kind is LogKind.SetupDiag or LogKind.CompatData or LogKind.EventLog or LogKind.SetupApi or LogKind.Appraiser or LogKind.RollbackInfo or LogKind.CrashDump)
        {
            return null;
        }

        return input.ReadsBytes
            ? new TextLogParser<byte>(ChunkReader<byte>.For(input.Body), input.Encoding, kind, file, options)
            : new TextLogParser<char>(ChunkReader<char>.For(input.Text), input.Encoding, kind, file, options);
    }

    private static IEnumerable<LogEntry> Structured(LogInput input, LogKind kind, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        var text = input.Text;
        var start = input.HeadText.AsSpan().TrimStart(" \t\r\n\0");
        var first = start.IsEmpty ? '\0' : start[0];
        return kind switch
        {
            LogKind.SetupDiag when first == '<' => SetupDiagXmlParser.Parse(text, file, options, cancellationToken),
            LogKind.SetupDiag when first == '{' => SetupDiagJsonParser.Parse(text, file, options, cancellationToken),
            LogKind.SetupDiag => SetupDiagTextParser.Parse(text, file, options, cancellationToken),
            LogKind.CompatData => CompatDataParser.Parse(text, file, options, cancellationToken),
            LogKind.SetupApi => SetupApiParser.Parse(text, file, options, cancellationToken),
            LogKind.Appraiser => AppraiserParser.Parse(text, file, options, cancellationToken),
            LogKind.RollbackInfo => IniParser.Parse(text, kind, file, options, cancellationToken),
            LogKind.CrashDump => [],
            LogKind.EventLog when first == '<' => EventXmlParser.Parse(text, file, options, cancellationToken),
            LogKind.EventLog when EventTextParser.Recognizes(start) => EventTextParser.Parse(text, file, options, cancellationToken),
            _ => EventCsvParser.Parse(text, file, options, cancellationToken),
        };
    }

    private static void Validate(LogReadOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLineChars, 16, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEntryChars, options.MaxLineChars, nameof(options));
    }
}
