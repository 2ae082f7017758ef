using WuToolkit.Host.Resources;

namespace WuToolkit.Host.IO;

/// <summary>
/// Writes every output file wutk makes (snapshots, and later reports and bundles) so that an elevated wutk can be
/// pointed at any path without harm, and nothing but the complete output, or nothing at all, is ever left there:
/// <list type="bullet">
/// <item>the target must be a new path or an existing regular file: a folder, a symbolic link, a device, a FIFO or a
/// socket is refused (<see cref="UnsafeOutputException"/>), never followed, written into or replaced;</item>
/// <item>the content goes to a temporary file created exclusively (it cannot already exist, not even as a link) under
/// an unpredictable name beside the target, is flushed to disk, and only then renamed over the target;</item>
/// <item>on any failure, a full disk or cancellation the temporary file is deleted and the target left as it was.</item>
/// </list>
/// A replaced file keeps its Unix permissions; a new one gets the usual ones (the umask, or the folder's ACL).
/// </summary>
public static class SafeFileWriter
{
    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> puts into the stream it is given.</summary>
    /// <exception cref="UnsafeOutputException">The target is not a new path or a regular file.</exception>
    /// <exception cref="IOException">The file could not be written (the target is then unchanged).</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        if (Path.EndsInDirectorySeparator(path))
        {
            throw new UnsafeOutputException(Strings.OutputIsFolder);
        }

        CheckReplaceable(target);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        UnixFileMode? keep = OperatingSystem.IsWindows() || !File.Exists(target) ? null : File.GetUnixFileMode(target);

        // Random, and created with CreateNew (O_EXCL): an existing file or a planted link at that name fails the
        // creation instead of being written through. A new GUID's 122 bits come from the system's secure random source
        // without loading the cryptography library (OpenSSL on Linux) into every run that writes a snapshot.
        var temporary = Path.Combine(folder, $".{Shorten(Path.GetFileName(target))}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None });
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                if (keep is { } mode && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, mode);
                }

                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();

            // Again right before the rename: what is at the target may have changed while the content was written.
            CheckReplaceable(target);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void CheckReplaceable(string target)
    {
        var reason = FileKinds.Of(target) switch
        {
            FileKind.Missing or FileKind.RegularFile => null,
            FileKind.Directory => Strings.OutputIsFolder,
            FileKind.SymbolicLink => Strings.OutputIsLink,
            FileKind.Fifo => Strings.OutputIsFifo,
            FileKind.Socket => Strings.OutputIsSocket,
            _ => Strings.OutputIsDevice,
        };
        if (reason is not null)
        {
            throw new UnsafeOutputException(reason);
        }
    }

    /// <summary>Keeps the temporary name within the 255 bytes a file name may have.</summary>
    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64];

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing more can be done; the name is random and hidden, and says what it is.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
