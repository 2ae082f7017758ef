using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Catalog.Fixes;

/// <summary>What the Windows Update history says of one KB. It knows only what went through the update agent (a package
/// installed by hand with wusa or DISM is not in it), so it can tell that an update is there, never that it is not.</summary>
internal static class UpdateHistoryFacts
{
    /// <summary>The latest successful installation or removal of <paramref name="kbId"/>, or <see langword="null"/> when
    /// the history has none or this machine cannot tell.</summary>
    public static async Task<UpdateHistoryEntry?> LastDoneAsync(IUpdateQueries updates, string kbId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        IReadOnlyList<UpdateHistoryEntry> history;
        try
        {
            history = await updates.GetHistoryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (QuestionUnansweredException)
        {
            return null;
        }

        return history
            .Where(entry => entry.Result is UpdateResult.Succeeded or UpdateResult.SucceededWithErrors)
            .Where(entry => KbArticle.TryParse(entry.KbId, out var id) && id == kbId)
            .OrderByDescending(entry => entry.Date)
            .FirstOrDefault();
    }
}
