using WuToolkit.Snapshots;

namespace WuToolkit.Host.Tests.Support;

/// <summary>Snapshot JSON read in memory, as <c>wutk run --snapshot</c> reads a file.</summary>
internal static class SnapshotText
{
    public static Snapshot Parse(ReadOnlySpan<byte> utf8, string name) => SnapshotReader.Read(utf8.ToArray(), name).Snapshot;

    /// <summary>Writes a snapshot file as wutk collect does (without its safe-output rules: tests write to temporary folders).</summary>
    public static async Task WriteAsync(Snapshot snapshot, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var stream = File.Create(path);
        await SnapshotWriter.WriteAsync(snapshot, stream, CancellationToken.None);
    }
}
