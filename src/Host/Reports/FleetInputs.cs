using System.IO.Compression;
using System.IO.Enumeration;

namespace WuToolkit.Host.Reports;

/// <summary>
/// What <c>wutk report</c> reads: files named (a run result, or a <c>wutk collect</c> bundle whose
/// <c>results.json</c> is read), and folders, searched at any depth for <c>*.json</c> and <c>*.zip</c> without
/// following links. Folders are walked lazily, one file at a time, so a folder of a hundred thousand results is never
/// listed whole into memory.
/// </summary>
public static class FleetInputs
{
    /// <summary>The entry of a bundle that holds its run result.</summary>
    public const string ResultsEntry = "results.json";

    /// <summary>How a result read from a bundle is named: the bundle's path and this.</summary>
    public const string BundleSuffix = "!" + ResultsEntry;

    /// <summary>The paths named that do not exist.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> paths) =>
        paths.Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();

    /// <summary>Every file to read, in a stable order (folders sorted by name, case-insensitively).</summary>
    public static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Under(path))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Reads each result in turn into a row, or (null) says it was no run result; each is disposed before the next.</summary>
    public static async IAsyncEnumerable<(string Source, MachineRow? Row)> ReadAsync(
        IEnumerable<string> paths, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in Files(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bundle = file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            var source = bundle ? file + BundleSuffix : file;
            MachineRow? row;
            try
            {
                row = bundle ? await FromBundleAsync(file, source, cancellationToken).ConfigureAwait(false) : await FromFileAsync(file, source, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                row = null;
            }

            yield return (source, row);
        }
    }

    private static async Task<MachineRow?> FromFileAsync(string file, string source, CancellationToken cancellationToken)
    {
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await RunResultReader.ReadAsync(stream, source, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<MachineRow?> FromBundleAsync(string file, string source, CancellationToken cancellationToken)
    {
        using var zip = ZipFile.OpenRead(file);
        if (zip.GetEntry(ResultsEntry) is not { } entry || entry.Length > RunResultReader.MaximumBytes)
        {
            return null;
        }

        var stream = entry.Open();
        await using (stream.ConfigureAwait(false))
        {
            return await RunResultReader.ReadAsync(stream, source, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Under(string root)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var folders = new Stack<string>([root]);
        while (folders.TryPop(out var folder))
        {
            var files = new List<string>();
            var children = new List<string>();
            foreach (var (path, isFolder) in new FileSystemEnumerable<(string Path, bool IsFolder)>(
                folder, (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), entry.IsDirectory), options))
            {
                if (isFolder)
                {
                    children.Add(path);
                }
                else if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(path);
                }
            }

            files.Sort(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                yield return file;
            }

            children.Sort(StringComparer.OrdinalIgnoreCase);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                folders.Push(children[i]);
            }
        }
    }
}
