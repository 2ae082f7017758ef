using System.Text;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Journal;

/// <summary>
/// Journals as files in one folder, <c>&lt;id&gt;.jsonl</c>, each line written and flushed to the disk before the call
/// returns, so that a power loss loses at most the line being written. Ids are checked, so that a name given on the
/// command line never reaches outside the folder.
/// </summary>
public sealed class FileJournalStore : IJournalStore
{
    /// <summary>The extension of a journal file.</summary>
    public const string Extension = ".jsonl";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A store in <paramref name="folder"/>, which is created when the first journal is.</summary>
    public FileJournalStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The folder the journals are in.</summary>
    public string Folder { get; }

    /// <summary>Whether <paramref name="id"/> can name a journal: letters, digits, dots, dashes and underscores, not
    /// starting with a dot.</summary>
    public static bool IsValidId(string id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 200 && id[0] != '.' && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <inheritdoc />
    public async Task CreateAsync(string id, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        await using var stream = new FileStream(PathOf(id), FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        stream.Flush(flushToDisk: true);
    }

    /// <inheritdoc />
    public async Task AppendAsync(string id, string line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var path = PathOf(id);
        if (!File.Exists(path))
        {
            throw new JournalNotFoundException(FixingStrings.FormatJournalNotFound(id));
        }

        var bytes = Utf8.GetBytes(line.ReplaceLineEndings(" ") + "\n");
        await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ReadLinesAsync(string id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        try
        {
            var text = await File.ReadAllTextAsync(path, Utf8, cancellationToken).ConfigureAwait(false);
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new JournalNotFoundException(FixingStrings.FormatJournalNotFound(id), ex);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        IReadOnlyList<string> ids = Directory.EnumerateFiles(Folder, "*" + Extension)
            .Select(file => Path.GetFileNameWithoutExtension(file))
            .Where(IsValidId)
            .ToList();
        return Task.FromResult(ids);
    }

    /// <inheritdoc />
    public string Locate(string id) => PathOf(id);

    private string PathOf(string id) =>
        IsValidId(id) ? Path.Combine(Folder, id + Extension) : throw new JournalNotFoundException(FixingStrings.FormatJournalIdInvalid(id));
}
