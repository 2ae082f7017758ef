using System.Runtime.InteropServices;

namespace WuToolkit.Host.IO;

/// <summary>
/// Tells what a path names without following a link at its end. .NET says whether a path is a directory or a link
/// (<see cref="FileSystemInfo.LinkTarget"/>) but not whether it is a device, FIFO or socket (the proposal for that,
/// dotnet/runtime#85148, is still open), so on Linux the file type comes from <c>statx</c>, whose buffer has one
/// layout on every architecture. Elsewhere on Unix, where that call does not exist, an existing entry that is neither
/// a directory nor a link counts as a regular file.
/// </summary>
public static partial class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int NoSuchEntry = 2;
    private const int NotADirectory = 20;

    public static FileKind Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows() && IsWindowsDevicePath(Path.GetFullPath(path)))
        {
            return FileKind.Device;
        }

        if (OperatingSystem.IsLinux() && FromStatx(path) is { } kind)
        {
            return kind;
        }

        return FromFileSystemInfo(path);
    }

    /// <summary>The Win32 device namespace (<c>\\.\NUL</c>, <c>\\.\PhysicalDrive0</c>, <c>\\.\pipe\x</c>); reserved names
    /// such as <c>NUL</c> or <c>COM1</c> become such paths through <see cref="Path.GetFullPath(string)"/>.</summary>
    private static bool IsWindowsDevicePath(string fullPath) =>
        fullPath.StartsWith(@"\\.\", StringComparison.Ordinal)
        || (fullPath.StartsWith(@"\\?\", StringComparison.Ordinal)
            && !(fullPath.Length > 6 && char.IsAsciiLetter(fullPath[4]) && fullPath[5] == ':')
            && !fullPath.StartsWith(@"\\?\UNC\", StringComparison.OrdinalIgnoreCase));

    private static FileKind FromFileSystemInfo(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists)
        {
            info = new DirectoryInfo(path);
        }

        // LinkTarget is set for symbolic links and junctions only, not for other reparse points such as cloud
        // placeholder files, which are ordinary files to write over.
        if (info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return !info.Exists ? FileKind.Missing
            : info is DirectoryInfo ? FileKind.Directory
            : FileKind.RegularFile;
    }

    /// <summary>The kind from <c>statx</c>, or null where the C library or the kernel does not offer it.</summary>
    private static FileKind? FromStatx(string path)
    {
        int result;
        StatxBuffer buffer;
        try
        {
            result = Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, out buffer);
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        if (result != 0)
        {
            return Marshal.GetLastPInvokeError() is NoSuchEntry or NotADirectory ? FileKind.Missing : null;
        }

        return (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.RegularFile,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x2000 or 0x6000 => FileKind.Device,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    /// <summary><c>struct statx</c> (linux/stat.h): 256 bytes on every architecture; only the mode is read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);
}
