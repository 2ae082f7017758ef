using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots;

/// <summary>Reads snapshot files, never more than <see cref="MaxBytes"/> of them, whatever they are (a device, a pipe).</summary>
public static class SnapshotFile
{
    /// <summary>Snapshots are small; anything larger is not one.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Reads and parses the snapshot at <paramref name="path"/>, skipping with a warning what this version does not know.</summary>
    /// <exception cref="SnapshotFormatException">The file is missing, unreadable, a folder, too large or not a snapshot.</exception>
    public static Task<SnapshotReadResult> ReadAsync(string path, CancellationToken cancellationToken) =>
        ReadAsync(path, SnapshotReadOptions.Default, cancellationToken);

    /// <summary>Reads and parses the snapshot at <paramref name="path"/>.</summary>
    /// <exception cref="SnapshotFormatException">The file is missing, unreadable, a folder, too large or not a snapshot.</exception>
    public static async Task<SnapshotReadResult> ReadAsync(string path, SnapshotReadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatIsAFolder(path), fileMissing: true);
        }

        byte[] bytes;
        try
        {
            await using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite, Options = FileOptions.Asynchronous });
            bytes = await ReadAtMostAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException ex)
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatNotFound(path), fileMissing: true, ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatNotFound(path), fileMissing: true, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatPermissionDenied(path), fileMissing: true, ex);
        }
        catch (IOException ex)
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatUnreadable(path, ex.Message.ReplaceLineEndings(" ")), fileMissing: true, ex);
        }

        return SnapshotReader.Read(bytes, path, options);
    }

    /// <summary>Counts while reading: a length a device or a pipe reports (zero, or nothing) is never trusted.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream stream, string path, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new SnapshotFormatException(SnapshotStrings.FormatTooLarge(path, MaxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
