using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>
/// What each plugin file exported, kept per user between runs so that <c>list</c> and selection need not load every
/// plugin: one small file per plugin DLL and UI culture, named by a hash of both. It is trusted for listing and selection
/// only: a plugin still loads (when one of its exports is used) under the trust rules and from the file as today, never
/// from anything read here. A file that is missing, unreadable, corrupt, of another format or another wutk version, or
/// that describes another state of the plugin is ignored, and written again once the plugin has loaded.
/// Writes go to a temporary file beside the target that then replaces it (one rename), so two wutk processes starting
/// at once each write a whole file and a reader sees an old whole file or a new one, never half of one.
/// </summary>
internal sealed class PluginMetadataCache(string folder, string tool)
{
    /// <summary>The format written; raise it when <see cref="CachedPluginFile"/> or the files' names change meaning (2: log
    /// rules' markers, whether a fix declares settings, the key without the SHA-256, which the entry keeps beside it; 3:
    /// files named, and companions summed, by XxHash128, so a warm start loads no cryptography).</summary>
    public const int Format = 3;

    /// <summary>The variable that names the cache folder (tests, benchmarks; <c>off</c> for no cache).</summary>
    public const string EnvironmentVariable = "WUTK_CACHE";

    public string Folder { get; } = folder;

    /// <summary>The cache of this run: <see cref="EnvironmentVariable"/>, or the per-user default folder; null for none
    /// (switched off, or no such folder known). An elevated run uses it only where only administrators can change it, as
    /// for the machine-wide configuration: it lists nothing someone else could have written.</summary>
    public static PluginMetadataCache? For(HostEnvironment environment, string tool)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var named = environment.GetVariable(EnvironmentVariable);
        if (string.Equals(named, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folder = named is { Length: > 0 } ? Path.GetFullPath(named) : environment.CacheFolder;
        if (folder is null)
        {
            return null;
        }

        if (environment.IsElevated)
        {
            try
            {
                CreateFolder(Path.Combine(folder, "plugins"));
                if (!Trust.FileLocation.Judge(Path.Combine(folder, "plugins")).AdministratorsOnly)
                {
                    return null;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return new PluginMetadataCache(folder, tool);
    }

    /// <summary>The per-user default: <c>%LOCALAPPDATA%\wutk\cache</c> on Windows, else <c>$XDG_CACHE_HOME/wutk</c> or <c>~/.cache/wutk</c>.</summary>
    public static string? DefaultFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(local) ? null : Path.Combine(local, "wutk", "cache");
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "wutk");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "wutk");
    }

    /// <summary>The cache file for a plugin in a culture: named by a stable, non-cryptographic hash of both (a name needs
    /// no secrecy, and a cryptographic one loaded OpenSSL on every start). The format is in the name, so the files of
    /// another format are never even opened.</summary>
    public string FileFor(PluginFingerprint key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = XxHash128.Hash(Encoding.UTF8.GetBytes(key.Path + "\0" + key.Culture));
        return Path.Combine(Folder, "plugins", Convert.ToHexStringLower(name) + "." + Format + ".json");
    }

    /// <summary>What the plugin exported, when the cache holds it for exactly this state of the file; null otherwise.
    /// The file's bytes are read only when nothing but its write time changed: then, when they are still those the
    /// entry was made from, the entry holds (and is written again with the new time, so the next start reads nothing).</summary>
    public CachedPlugin? Read(PluginFingerprint key)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(FileFor(key));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var file = CachedPluginFileReader.Read(bytes);

        if (file is not { Format: Format } || file.Tool != tool || file.Key is null || file.Plugin is null)
        {
            return null;
        }

        if (file.Key == key)
        {
            return file.Plugin;
        }

        if (file.Key.DiffersOnlyInTime(key) && file.Sha256 is { Length: > 0 } known
            && string.Equals(PluginFingerprint.Sha256Of(key.Path), known, StringComparison.Ordinal))
        {
            Save(file with { Key = key });
            return file.Plugin;
        }

        return null;
    }

    /// <summary>Keeps what the plugin exported; a cache that cannot be written is no error (the next run loads the plugin
    /// again). The plugin's bytes are hashed here, once per change, not on every start; when the file changed while the
    /// plugin loaded, nothing is kept.</summary>
    public void Write(PluginFingerprint key, CachedPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(plugin);
        var sha256 = PluginFingerprint.Sha256Of(key.Path);
        if (sha256 is null || !StillAsIn(key))
        {
            return;
        }

        Save(new CachedPluginFile(Format, tool, key, sha256, plugin));
    }

    private static bool StillAsIn(PluginFingerprint key)
    {
        try
        {
            var info = new FileInfo(key.Path);
            return info.Exists && info.Length == key.Size && info.LastWriteTimeUtc.Ticks == key.LastWriteUtcTicks;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void Save(CachedPluginFile file)
    {
        var target = FileFor(file.Key);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            CreateFolder(Path.GetDirectoryName(target)!);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(file, MetadataCacheJson.Default.CachedPluginFile);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Only the user may read or write the folder: it says which plugins the user has.</summary>
    private static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
