namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions about volumes, folders and files. Paths may use Windows environment variables
/// (see <see cref="WindowsPaths"/>); a machine that cannot resolve them leaves the question unanswered.</summary>
public interface IStorageQueries
{
    /// <summary>The volume that holds the operating system (<c>C:\</c> on most PCs).</summary>
    Task<VolumeInfo> GetSystemVolumeAsync(CancellationToken cancellationToken);

    /// <summary>Facts about a folder or file: whether it exists, its size and the newest write below it.</summary>
    Task<PathInfo> GetPathAsync(string path, CancellationToken cancellationToken);
}

/// <summary>A mounted volume.</summary>
/// <param name="Name">Its root, such as <c>C:\</c>.</param>
/// <param name="FileSystem">Such as <c>NTFS</c>.</param>
/// <param name="TotalBytes">Capacity in bytes.</param>
/// <param name="FreeBytes">Bytes free for the current user.</param>
public sealed record VolumeInfo(string Name, string FileSystem, long TotalBytes, long FreeBytes);

/// <summary>A folder or file.</summary>
/// <param name="Path">The path as asked.</param>
/// <param name="Exists">Whether it exists.</param>
/// <param name="IsDirectory">Whether it is a folder.</param>
/// <param name="SizeBytes">Its size, or the total size of the files below a folder.</param>
/// <param name="FileCount">1 for a file, the number of files below a folder.</param>
/// <param name="NewestWriteUtc">The newest last-write time of the file or of anything below the folder.</param>
public sealed record PathInfo(
    string Path,
    bool Exists,
    bool IsDirectory = false,
    long SizeBytes = 0,
    long FileCount = 0,
    DateTimeOffset? NewestWriteUtc = null);

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
