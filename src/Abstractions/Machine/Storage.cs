namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions about volumes, folders and files. Paths may use Windows environment variables
/// (see <see cref="WindowsPaths"/>); a machine that cannot resolve them leaves the question unanswered.</summary>
public interface IStorageQueries
{
    /// <summary>The volume that holds the operating system (<c>C:\</c> on most PCs).</summary>
    Task<VolumeInfo> GetSystemVolumeAsync(CancellationToken cancellationToken);

    /// <summary>Facts about a folder or file: whether it exists, its size and the newest write below it.</summary>
    Task<PathInfo> GetPathAsync(string path, CancellationToken cancellationToken);

    /// <summary>The disk Windows boots from, with its partitions. A machine written without it answers "not available".</summary>
    Task<SystemDiskInfo> GetSystemDiskAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("systemDisk");

    /// <summary>BitLocker's state for the system volume. A machine written without it answers "not available".</summary>
    Task<VolumeEncryptionInfo> GetSystemVolumeEncryptionAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("systemVolumeEncryption");
}

/// <summary>A mounted volume.</summary>
public sealed record VolumeInfo
{
    /// <summary>Its root, such as <c>C:\</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Such as <c>NTFS</c>.</summary>
    public required string FileSystem { get; init; }

    /// <summary>Capacity in bytes.</summary>
    public required long TotalBytes { get; init; }

    /// <summary>Bytes free for the current user.</summary>
    public required long FreeBytes { get; init; }
}

/// <summary>A folder or file.</summary>
public sealed record PathInfo
{
    /// <summary>The path as asked.</summary>
    public required string Path { get; init; }

    /// <summary>Whether it exists.</summary>
    public required bool Exists { get; init; }

    /// <summary>Whether it is a folder.</summary>
    public bool IsDirectory { get; init; }

    /// <summary>Its size, or the total size of the files below a folder.</summary>
    public long SizeBytes { get; init; }

    /// <summary>1 for a file, the number of files below a folder.</summary>
    public long FileCount { get; init; }

    /// <summary>The newest last-write time of the file or of anything below the folder.</summary>
    public DateTimeOffset? NewestWriteUtc { get; init; }
}

/// <summary>Paths that Windows Update uses, written with environment variables so that any machine can resolve them.</summary>
public static class WindowsPaths
{
    /// <summary>The Windows Update data store and download cache.</summary>
    public const string SoftwareDistribution = @"%SystemRoot%\SoftwareDistribution";

    /// <summary>Where Windows Update downloads update payloads.</summary>
    public const string SoftwareDistributionDownload = @"%SystemRoot%\SoftwareDistribution\Download";

    /// <summary>The catalog database of the cryptographic service.</summary>
    public const string Catroot2 = @"%SystemRoot%\System32\catroot2";

    /// <summary>Servicing operations waiting for a reboot.</summary>
    public const string PendingXml = @"%SystemRoot%\WinSxS\pending.xml";
}
