using System.Security.Cryptography;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>
/// Private copies of pinned plugins that lie where others can write. Checking a file's hash and then loading it by its
/// path would leave a moment in which someone could swap it; so each pinned file is copied, and hashed while it is
/// copied, into a folder only wutk's user can reach, and the plugin loads from there. The copies go when this is
/// disposed (a DLL still mapped on Windows stays in the temporary folder, which the system cleans).
/// </summary>
public sealed class VerifiedCopies : IDisposable
{
    private readonly Lock _gate = new();
    private string? _root;
    private int _copies;

    /// <summary>Copies the files of <paramref name="pin"/> from <paramref name="candidate"/>'s folder; returns the path of
    /// the copied DLL, or null with what differs from the pin.</summary>
    public string? Copy(PluginCandidate candidate, PluginPin pin, out string? difference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(pin);
        var source = PluginFiles.BaseOf(candidate);
        var target = Path.Combine(Root(), Interlocked.Increment(ref _copies).ToString(System.Globalization.CultureInfo.InvariantCulture), candidate.Name);
        Directory.CreateDirectory(target);
        var copied = new List<PinnedFile>();
        foreach (var file in PluginFiles.Of(candidate))
        {
            copied.Add(CopyOne(Path.Combine(source, file), Path.Combine(target, file), file, pin));
        }

        var now = new PluginPin(copied.FirstOrDefault(f => PluginFiles.PathComparer.Equals(f.Path, Path.GetFileName(candidate.AssemblyPath)))?.Sha256 ?? "", copied);
        difference = PluginFiles.Difference(pin, now);
        return difference is null ? Path.Combine(target, Path.GetFileName(candidate.AssemblyPath)) : null;
    }

    /// <summary>Copies one file, reading no more than the pin says it holds (and one byte to see that it is longer).</summary>
    private static PinnedFile CopyOne(string from, string to, string relative, PluginPin pin)
    {
        var expected = pin.Files.FirstOrDefault(file => PluginFiles.PathComparer.Equals(file.Path, relative))?.Size ?? 0;
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        using var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var output = new FileStream(to, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total <= expected && (read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, expected + 1 - total))) > 0)
        {
            hash.AppendData(buffer, 0, read);
            output.Write(buffer, 0, read);
            total += read;
        }

        return new PinnedFile(relative, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private string Root()
    {
        lock (_gate)
        {
            // CreateTempSubdirectory makes a new folder under a random name, readable only by its owner on Unix.
            return _root ??= Directory.CreateTempSubdirectory("wutk-trusted-").FullName;
        }
    }

    public void Dispose()
    {
        string? root;
        lock (_gate)
        {
            root = _root;
            _root = null;
        }

        if (root is null)
        {
            return;
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A loaded DLL cannot be deleted on Windows; the temporary folder is the system's to clean.
        }
    }
}
