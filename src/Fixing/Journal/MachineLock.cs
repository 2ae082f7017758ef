using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace WuToolkit.Fixing.Journal;

/// <summary>
/// One command at a time may change the machine and its journals (<c>wutk fix</c>, <c>undo</c>, <c>cleanup</c>): the
/// holder keeps <see cref="FileName"/> in the journals' folder open with no sharing. It is the operating system's lock on
/// an open file, so a process that crashes or is killed releases it with its handles and no stale lock is ever left.
/// Beside it the holder writes who it is (<c>wutk.lock.owner</c>), for the refusal to name; that file is a courtesy
/// read only when the lock is taken, so one a crash left behind misleads no one for longer than the next holder takes
/// to overwrite it.
/// </summary>
public sealed class MachineLock : IDisposable
{
    /// <summary>The name of the lock file in the journals' folder.</summary>
    public const string FileName = "wutk.lock";

    private const string OwnerExtension = ".owner";

    private readonly FileStream _stream;
    private bool _released;

    private MachineLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>The lock file in <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => System.IO.Path.Combine(System.IO.Path.GetFullPath(folder), FileName);

    /// <summary>
    /// Takes the lock in <paramref name="folder"/> (created if need be) for <paramref name="self"/>, or, when another
    /// holds it, says who as far as is known. Any other failure (a folder that may not be written) is thrown, as when a
    /// journal is created there.
    /// </summary>
    public static bool TryAcquire(string folder, LockHolder self, [NotNullWhen(true)] out MachineLock? held, [NotNullWhen(false)] out LockHolder? holder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(self);
        Directory.CreateDirectory(folder);
        var path = PathIn(folder);
        FileStream stream;
        try
        {
            // The file is never deleted: with advisory locks (Unix), a holder of a deleted file and a holder of its
            // recreated namesake would both believe they hold it.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException ex) when (ex.GetType() == typeof(IOException))
        {
            // A sharing violation (Windows) or a lock held (Unix) comes as a plain IOException; a missing folder or a
            // name too long are its subclasses and are thrown.
            held = null;
            holder = ReadHolder(path + OwnerExtension);
            return false;
        }

        WriteHolder(path + OwnerExtension, self);
        held = new MachineLock(stream, path);
        holder = null;
        return true;
    }

    /// <summary>Releases the lock: the next command may take it.</summary>
    public void Dispose()
    {
        if (_released)
        {
            return;
        }

        _released = true;

        // Who held it is forgotten while it is still held, so that no one reads a holder that has gone.
        try
        {
            File.Delete(Path + OwnerExtension);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is overwritten by the next holder.
        }

        _stream.Dispose();
    }

    private static void WriteHolder(string path, LockHolder self)
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                if (self.ProcessId is { } pid)
                {
                    writer.WriteNumber("pid", pid);
                }

                if (self.Command is { } command)
                {
                    writer.WriteString("command", command);
                }

                if (self.SinceUtc is { } since)
                {
                    writer.WriteString("sinceUtc", since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                }

                writer.WriteEndObject();
            }

            File.WriteAllBytes(path, buffer.ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The lock is what protects the machine; naming the holder is a courtesy to whoever is refused.
        }
    }

    private static LockHolder ReadHolder(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > 4096)
            {
                return LockHolder.Unknown;
            }

            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return LockHolder.Unknown;
            }

            int? pid = root.TryGetProperty("pid", out var p) && p.TryGetInt32(out var number) && number > 0 ? number : null;
            var command = root.TryGetProperty("command", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            DateTimeOffset? since = root.TryGetProperty("sinceUtc", out var s) && s.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(s.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
            return new LockHolder(pid, command, since);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return LockHolder.Unknown;
        }
    }
}
