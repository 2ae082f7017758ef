using WuToolkit.Snapshots;

namespace WuToolkit.Host.Cli;

/// <summary>Writes a snapshot file beside its target and moves it into place, so a crash never leaves half a snapshot.</summary>
internal static class SnapshotOutput
{
    public static async Task WriteAsync(Snapshot snapshot, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await SnapshotWriter.WriteAsync(snapshot, stream, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, full, overwrite: true);
    }
}
