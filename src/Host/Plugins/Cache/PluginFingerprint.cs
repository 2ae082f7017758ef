using System.IO.Hashing;
using System.Security.Cryptography;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>
/// What a plugin file is, for the cache: its full path, size and last write time, the files beside it (a plugin in a
/// folder of its own: its dependencies and satellite resources, by name, size and time) and the UI culture its texts
/// were read in, so that a Japanese listing never shows texts cached in English.
/// </summary>
/// <remarks>
/// The plugin's bytes are not read here: a warm start asks the file system for sizes and times only, as make does.
/// That is safe because the cache decides nothing about trust and runs nothing: every plugin is admitted under the trust
/// rules on every run (a pinned plugin is hashed by them, whatever the cache says), and its code always loads from its
/// verified file. Someone who could give a plugin other bytes with the same size and time could change the plugin
/// itself; all they would gain through the cache is a stale listing, and an export the cache names that the plugin no
/// longer has fails with one line when it is used. Nor is a same-sized rebuild missed by accident: write times are kept
/// to 100 ns on NTFS and to the nanosecond on Linux file systems, and the files beside the DLL count too. The SHA-256 of the file is kept in the entry only to keep it when
/// a file is rewritten with the same bytes (a rebuild, a copy): see <see cref="PluginMetadataCache.Read"/>.
/// </remarks>
/// <param name="Path">The DLL's full path.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="LastWriteUtcTicks">Its last write time.</param>
/// <param name="Companions">An XxHash128 over the names, sizes and times of the other files in its folder ("" for a DLL loose in a plugins folder).</param>
/// <param name="Culture">The UI culture's name ("" for the invariant culture).</param>
internal sealed record PluginFingerprint(string Path, long Size, long LastWriteUtcTicks, string Companions, string Culture)
{
    /// <summary>The plugin file as it is now; null when it cannot be read (then nothing is cached for it).</summary>
    public static PluginFingerprint? Of(string dll, bool looseFile, string culture)
    {
        try
        {
            var path = System.IO.Path.GetFullPath(dll);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }

            return new PluginFingerprint(path, info.Length, info.LastWriteTimeUtc.Ticks, looseFile ? "" : CompanionsOf(path), culture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="other"/> is this file with only its last write time changed: the case in which
    /// its bytes may still be the same.</summary>
    public bool DiffersOnlyInTime(PluginFingerprint other) =>
        this != other && this == (other with { LastWriteUtcTicks = LastWriteUtcTicks });

    /// <summary>The SHA-256 of the file's bytes in lower-case hexadecimal; null when it cannot be read.</summary>
    public static string? Sha256Of(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string CompanionsOf(string dll)
    {
        var folder = System.IO.Path.GetDirectoryName(dll)!;
        // Not cryptographic: this only notices a change, as size and time do for the DLL itself (see above).
        var hash = new XxHash128();
        var files = new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
            .Where(file => !string.Equals(file.FullName, dll, StringComparison.Ordinal))
            .OrderBy(file => file.FullName, StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes($"{System.IO.Path.GetRelativePath(folder, file.FullName)}\0{file.Length}\0{file.LastWriteTimeUtc.Ticks}\n"));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
