using System.Security.Cryptography;
using System.Text.Json;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>
/// The files a plugin consists of, which a pin covers: for a plugin in a folder of its own every file in that folder
/// and below; for a DLL dropped straight into a plugins folder the DLL, its <c>.deps.json</c> and
/// <c>.runtimeconfig.json</c>, and the libraries beside it that its <c>.deps.json</c> names.
/// </summary>
public static class PluginFiles
{
    /// <summary>More files than any plugin ships: a folder beyond it is not a plugin to pin.</summary>
    public const int MaxFiles = 4096;

    private const long MaxDepsJsonBytes = 4 * 1024 * 1024;

    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        MaxRecursionDepth = 16,
    };

    public static StringComparer PathComparer { get; } = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The folder the relative paths start from.</summary>
    public static string BaseOf(PluginCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Path.GetDirectoryName(candidate.AssemblyPath)!;
    }

    /// <summary>The plugin's files as paths relative to <see cref="BaseOf"/>, '/' between parts, in order.</summary>
    /// <exception cref="IOException">A folder cannot be listed, or holds more than <see cref="MaxFiles"/> files.</exception>
    public static IReadOnlyList<string> Of(PluginCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var root = BaseOf(candidate);
        IEnumerable<string> files;
        if (candidate.IsLooseFile)
        {
            var name = Path.GetFileNameWithoutExtension(candidate.AssemblyPath);
            files = new[] { Path.GetFileName(candidate.AssemblyPath), name + ".deps.json", name + ".runtimeconfig.json" }
                .Concat(LibrariesNamedBy(Path.Combine(root, name + ".deps.json")))
                .Where(file => File.Exists(Path.Combine(root, file)))
                .Distinct(PathComparer);
        }
        else
        {
            try
            {
                files = Directory.EnumerateFiles(root, "*", Everything).Take(MaxFiles + 1).Select(file => Path.GetRelativePath(root, file)).ToList();
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new IOException(ex.Message, ex);
            }
        }

        var list = files.Select(file => file.Replace(Path.DirectorySeparatorChar, '/')).Order(PathComparer).ToList();
        return list.Count > MaxFiles ? throw new IOException(TrustStrings.FormatTooManyFiles(root, MaxFiles)) : list;
    }

    /// <summary>The plugin's files with their sizes and SHA-256, read now.</summary>
    public static PluginPin Fingerprint(PluginCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var root = BaseOf(candidate);
        var files = Of(candidate).Select(file =>
        {
            using var stream = File.OpenRead(Path.Combine(root, file));
            return new PinnedFile(file, stream.Length, Sha256(stream));
        }).ToList();
        var main = Path.GetFileName(candidate.AssemblyPath);
        return new PluginPin(files.First(file => PathComparer.Equals(file.Path, main)).Sha256, files) { TrustedPath = candidate.AssemblyPath };
    }

    /// <summary>The SHA-256 of one file, lower-case hex.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Sha256(stream);
    }

    private static string Sha256(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));

    /// <summary>What differs between a pin and the files now, in one phrase; null when nothing does.</summary>
    public static string? Difference(PluginPin pinned, PluginPin now)
    {
        ArgumentNullException.ThrowIfNull(pinned);
        ArgumentNullException.ThrowIfNull(now);
        var was = pinned.Files.ToDictionary(file => file.Path, PathComparer);
        var changes = new List<string>();
        foreach (var file in now.Files)
        {
            if (!was.Remove(file.Path, out var before))
            {
                changes.Add(TrustStrings.FormatFileAdded(file.Path));
            }
            else if (before.Size != file.Size || !string.Equals(before.Sha256, file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                changes.Add(TrustStrings.FormatFileChanged(file.Path, Abbreviate(file.Sha256), Abbreviate(before.Sha256)));
            }
        }

        changes.AddRange(was.Keys.Order(PathComparer).Select(TrustStrings.FormatFileRemoved));
        return changes.Count switch
        {
            0 => null,
            1 => changes[0],
            _ => TrustStrings.FormatFilesChanged(changes[0], changes.Count - 1),
        };
    }

    /// <summary>The first 12 hex digits: enough to tell two hashes apart in a message.</summary>
    public static string Abbreviate(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256;

    /// <summary>The file names of the runtime libraries a .deps.json lists; none when it is missing or not JSON.</summary>
    private static List<string> LibrariesNamedBy(string depsJson)
    {
        var names = new List<string>();
        try
        {
            var info = new FileInfo(depsJson);
            if (!info.Exists || info.Length > MaxDepsJsonBytes)
            {
                return names;
            }

            using var stream = info.OpenRead();
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
            if (!document.RootElement.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
            {
                return names;
            }

            foreach (var library in targets.EnumerateObject().Where(target => target.Value.ValueKind == JsonValueKind.Object).SelectMany(target => target.Value.EnumerateObject()))
            {
                foreach (var kind in new[] { "runtime", "native" })
                {
                    if (library.Value.ValueKind == JsonValueKind.Object && library.Value.TryGetProperty(kind, out var assets) && assets.ValueKind == JsonValueKind.Object)
                    {
                        names.AddRange(assets.EnumerateObject().Select(asset => Path.GetFileName(asset.Name)).Where(name => name.Length > 0));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // A .deps.json that cannot be read names nothing; the loader will say what it misses.
        }

        return names;
    }
}
