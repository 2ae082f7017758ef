using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Catalog;

/// <summary>Finds the updates that are stuck failing in an update history.</summary>
internal static class FailedUpdates
{
    /// <summary>Updates whose latest finished installation failed, newest failure first. An update that failed
    /// and then installed is fine: Windows Update retries, and only the last word counts.</summary>
    public static IReadOnlyList<FailedUpdate> Find(IEnumerable<UpdateHistoryEntry> history) =>
        history
            .Where(entry => entry.IsFinishedInstallation())
            .GroupBy(entry => entry.Name(), StringComparer.OrdinalIgnoreCase)
            .Select(Judge)
            .OfType<FailedUpdate>()
            .OrderByDescending(update => update.LastAttempt)
            .ToList();

    private static FailedUpdate? Judge(IGrouping<string, UpdateHistoryEntry> attempts)
    {
        // The failures before the newest success are forgiven; those after it are the current streak.
        var streak = attempts
            .OrderByDescending(entry => entry.Date)
            .TakeWhile(entry => entry.IsFailedInstallation())
            .ToList();
        if (streak.Count == 0)
        {
            return null;
        }

        var last = streak[0];
        return new FailedUpdate(last.Name(), last.Title, streak.Count, last.ErrorCode(), last.Date, KbArticle.CatalogSearchLink(last.KbId));
    }
}
