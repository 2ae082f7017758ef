using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>Volumes and folders through System.IO; the system disk's partitions and BitLocker only from Windows.</summary>
internal sealed class PortableStorage : IStorageQueries
{
    public Task<VolumeInfo> GetSystemVolumeAsync(CancellationToken cancellationToken)
    {
        var root = OperatingSystem.IsWindows()
            ? Path.GetPathRoot(Environment.SystemDirectory) ?? @"C:\"
            : "/";
        var drive = new DriveInfo(root);
        return Task.FromResult(new VolumeInfo { Name = drive.Name, FileSystem = drive.DriveFormat, TotalBytes = drive.TotalSize, FreeBytes = drive.AvailableFreeSpace });
    }

    public Task<PathInfo> GetPathAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var expanded = Environment.ExpandEnvironmentVariables(path);
        if (expanded.Contains('%', StringComparison.Ordinal) || (!OperatingSystem.IsWindows() && expanded.Contains('\\', StringComparison.Ordinal)))
        {
            // A Windows path (%SystemRoot%\…) means nothing on this OS.
            return Unanswerable.WindowsOnlyAsync<PathInfo>($"paths/{path}");
        }

        // Walking a large folder is real work: keep it off the caller's thread.
        return Task.Run(() => Measure(path, expanded, cancellationToken), cancellationToken);
    }

    public Task<SystemDiskInfo> GetSystemDiskAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<SystemDiskInfo>("systemDisk", PortableStrings.FactSystemDisk);

    public Task<VolumeEncryptionInfo> GetSystemVolumeEncryptionAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<VolumeEncryptionInfo>("systemVolumeEncryption", PortableStrings.FactBitLocker);

    internal static PathInfo Measure(string asked, string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            var file = new FileInfo(path);
            return new PathInfo { Path = asked, Exists = true, IsDirectory = false, SizeBytes = file.Length, FileCount = 1, NewestWriteUtc = file.LastWriteTimeUtc };
        }

        if (!Directory.Exists(path))
        {
            return new PathInfo { Path = asked, Exists = false };
        }

        long size = 0, count = 0;
        DateTime? newest = null;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        foreach (var file in new DirectoryInfo(path).EnumerateFiles("*", options))
        {
            if ((++count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            size += file.Length;
            var written = file.LastWriteTimeUtc;
            newest = newest is null || written > newest ? written : newest;
        }

        return new PathInfo { Path = asked, Exists = true, IsDirectory = true, SizeBytes = size, FileCount = count, NewestWriteUtc = newest is { } utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null };
    }
}
