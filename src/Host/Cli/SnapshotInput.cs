using WuToolkit.Host.Output;
using WuToolkit.Snapshots;

namespace WuToolkit.Host.Cli;

/// <summary>Reads a snapshot a command was given and says its warnings (what a newer wutk wrote and this one skipped),
/// escaped like every other line on standard error: the names come from the file.</summary>
internal static class SnapshotInput
{
    public static async Task<Snapshot> ReadAsync(HostSession session, string path, bool strict, CancellationToken cancellationToken)
    {
        var read = await SnapshotFile.ReadAsync(path, new SnapshotReadOptions { Strict = strict }, cancellationToken).ConfigureAwait(false);
        foreach (var warning in read.Warnings)
        {
            await session.Error.WriteLineAsync(MessageLine.Warning(warning)).ConfigureAwait(false);
        }

        return read.Snapshot;
    }
}
