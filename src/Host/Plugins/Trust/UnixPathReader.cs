using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>
/// Reads owners and modes of the paths on the way to a file. .NET tells a file's mode but not its owner, so on Linux
/// they come from <c>statx</c> (one buffer layout on every architecture); elsewhere on Unix the owner is unknown and
/// the rules treat it as unsafe. Links are resolved with <c>realpath</c>: both the path as given (whose links can be
/// replaced by whoever writes the folders that hold them) and the real path are judged.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static partial class UnixPathReader
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxTypeModeOwner = 0x1 | 0x2 | 0x8 | 0x10;
    private const ushort TypeMask = 0xF000;
    private const ushort LinkType = 0xA000;

    /// <summary>The user wutk runs as (the effective user id).</summary>
    public static uint CurrentUser => GetEffectiveUserId();

    /// <summary>The facts of <paramref name="file"/> and of every folder up to the root; null when the file is gone.</summary>
    public static IReadOnlyList<UnixPathFacts>? Read(string file)
    {
        var facts = new Dictionary<string, UnixPathFacts>(StringComparer.Ordinal);
        var real = RealPath(file);
        if (real is null)
        {
            return null;
        }

        foreach (var path in new[] { Path.GetFullPath(file), real })
        {
            var role = PathRole.File;
            for (var current = path; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
            {
                if (!facts.ContainsKey(current))
                {
                    // A link's own mode means nothing; what it points to is judged on the real path.
                    var stat = Stat(current);
                    if (stat is null)
                    {
                        facts.Add(current, new UnixPathFacts(current, role, null, null, UnixFileMode.None));
                    }
                    else if (stat.Value.Type != LinkType)
                    {
                        facts.Add(current, new UnixPathFacts(current, role, stat.Value.Owner, stat.Value.Group, stat.Value.Mode));
                    }
                }

                role = role == PathRole.File ? PathRole.Folder : PathRole.Ancestor;
            }
        }

        return facts.Values.ToList();
    }

    private readonly record struct StatFacts(ushort Type, uint? Owner, uint? Group, UnixFileMode Mode);

    private static StatFacts? Stat(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            // No owner to be had; the mode (which .NET reads everywhere) still tells world-writable folders apart.
            try
            {
                var info = new FileInfo(path);
                FileSystemInfo entry = info.Exists ? info : new DirectoryInfo(path);
                return entry.Exists ? new StatFacts(entry.LinkTarget is null ? (ushort)0 : LinkType, null, null, entry.UnixFileMode) : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        try
        {
            if (Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxTypeModeOwner, out var buffer) != 0)
            {
                return null;
            }

            return new StatFacts((ushort)(buffer.Mode & TypeMask), buffer.Uid, buffer.Gid, (UnixFileMode)(buffer.Mode & 0xFFF));
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The path with every link resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        var resolved = Realpath(path, 0);
        if (resolved == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    /// <summary><c>struct statx</c> (linux/stat.h): 256 bytes on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(20)]
        public uint Uid;

        [FieldOffset(24)]
        public uint Gid;

        [FieldOffset(28)]
        public ushort Mode;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint Realpath(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
