using WuToolkit.Host.IO;
using WuToolkit.Snapshots;

namespace WuToolkit.Host.Cli;

/// <summary>Writes a snapshot file through <see cref="SafeFileWriter"/>: a new or regular file only, never half of one.</summary>
internal static class SnapshotOutput
{
    public static Task WriteAsync(Snapshot snapshot, string path, CancellationToken cancellationToken) =>
        SafeFileWriter.WriteAsync(path, (stream, token) => SnapshotWriter.WriteAsync(snapshot, stream, token), cancellationToken);
}
