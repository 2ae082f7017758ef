using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Cache.Fixes;

/// <summary>Folders the resets move aside rather than delete: each gets the suffix <c>.bak</c> (the engine adds a number
/// when that name is taken, so an earlier backup is never overwritten), and stays until the user removes it.</summary>
internal static class FolderMoves
{
    public const string BackupSuffix = ".bak";

    /// <summary>The rename of <paramref name="path"/>, or <see langword="null"/> when the machine says nothing is there to
    /// move. A machine that cannot tell (a snapshot that never recorded the folder) gets the step: the PC itself then
    /// finds out, and a folder that is not there is left as it is.</summary>
    public static async Task<RenameFolderStep?> AsideAsync(IStorageQueries storage, string path, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        try
        {
            var folder = await storage.GetPathAsync(path, cancellationToken).ConfigureAwait(false);
            if (!folder.Exists)
            {
                return null;
            }
        }
        catch (QuestionUnansweredException)
        {
            // Unknown here: the step stays in the plan.
        }

        return new RenameFolderStep { Path = path, NewName = LeafOf(path) + BackupSuffix, Reason = reason };
    }

    private static string LeafOf(string path) => path[(path.LastIndexOf('\\') + 1)..];
}
