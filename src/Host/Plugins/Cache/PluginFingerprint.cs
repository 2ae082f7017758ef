using System.Security.Cryptography;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>
/// What a plugin file is, for the cache: its full path, size, last write time and SHA-256, the files beside it (a plugin
/// in a folder of its own: its dependencies and satellite resources, by name, size and time) and the UI culture its
/// texts were read in, so that a Japanese listing never shows texts cached in English. The SHA-256 is computed on every
/// start (plugin DLLs are small): a file replaced by another of the same size and time is still seen as changed.
/// </summary>
/// <param name="Path">The DLL's full path.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="LastWriteUtcTicks">Its last write time.</param>
/// <param name="Sha256">The SHA-256 of its bytes, in lower-case hexadecimal.</param>
/// <param name="Companions">A SHA-256 over the names, sizes and times of the other files in its folder ("" for a DLL loose in a plugins folder).</param>
/// <param name="Culture">The UI culture's name ("" for the invariant culture).</param>
internal sealed record PluginFingerprint(string Path, long Size, long LastWriteUtcTicks, string Sha256, string Companions, string Culture)
{
    /// <summary>The plugin file as it is now; null when it cannot be read (then nothing is cached for it).</summary>
    public static PluginFingerprint? Of(string dll, bool looseFile, string culture)
    {
        try
        {
            var path = System.IO.Path.GetFullPath(dll);
            var info = new FileInfo(path);
            byte[] hash;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.SequentialScan))
            {
                hash = SHA256.HashData(stream);
            }

            return new PluginFingerprint(path, info.Length, info.LastWriteTimeUtc.Ticks, Convert.ToHexStringLower(hash), looseFile ? "" : CompanionsOf(path), culture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string CompanionsOf(string dll)
    {
        var folder = System.IO.Path.GetDirectoryName(dll)!;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
            .Where(file => !string.Equals(file.FullName, dll, StringComparison.Ordinal))
            .OrderBy(file => file.FullName, StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{System.IO.Path.GetRelativePath(folder, file.FullName)}\0{file.Length}\0{file.LastWriteTimeUtc.Ticks}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
