using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Volumes and folders as .NET answers them everywhere; the system disk's layout and BitLocker through
/// Windows' own WMI providers.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsStorage(IStorageQueries portable) : IStorageQueries
{
    public Task<VolumeInfo> GetSystemVolumeAsync(CancellationToken cancellationToken) => portable.GetSystemVolumeAsync(cancellationToken);

    public Task<PathInfo> GetPathAsync(string path, CancellationToken cancellationToken) => portable.GetPathAsync(path, cancellationToken);

    public Task<SystemDiskInfo> GetSystemDiskAsync(CancellationToken cancellationToken) => WindowsSystemDisk.ReadAsync(cancellationToken);

    public Task<VolumeEncryptionInfo> GetSystemVolumeEncryptionAsync(CancellationToken cancellationToken) => WindowsBitLocker.ReadAsync(cancellationToken);
}
