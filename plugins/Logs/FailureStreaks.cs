namespace WuToolkit.Plugins.Logs;

/// <summary>Groups failures by update and asks, for each, whether the newest attempt failed: Windows Update retries, and
/// only its last word counts.</summary>
internal static class FailureStreaks
{
    /// <summary>Streaks of the failures that <paramref name="counts"/> (the window), newest first.</summary>
    public static List<FailureStreak> Judge(IReadOnlyList<UpdateAttempt> attempts, Func<UpdateAttempt, bool> counts)
    {
        var groups = new List<List<UpdateAttempt>>();
        foreach (var failure in attempts.Where(attempt => attempt.Failed && counts(attempt)))
        {
            var group = groups.FirstOrDefault(candidate => SameSubject(candidate[0], failure));
            if (group is null)
            {
                groups.Add([failure]);
            }
            else
            {
                group.Add(failure);
            }
        }

        return groups
            .Select(group =>
            {
                var last = group.MaxBy(failure => failure.Position)!;
                var cleared = attempts.Any(success => !success.Failed && success.Position > last.Position && Clears(success, last));
                return new FailureStreak(last, group.Count, cleared);
            })
            .OrderByDescending(streak => streak.Last.Position)
            .ToList();
    }

    /// <summary>Searches go together (they are all "checking for updates"); downloads and installs go by update.</summary>
    private static bool SameSubject(UpdateAttempt first, UpdateAttempt second) =>
        (first.Operation == UpdateOperationKind.Search) == (second.Operation == UpdateOperationKind.Search)
        && (first.Operation == UpdateOperationKind.Search || first.SameUpdate(second));

    private static bool Clears(UpdateAttempt success, UpdateAttempt failure) => failure.Operation switch
    {
        // Anything that succeeded after a failed search had to search, or connect, first.
        UpdateOperationKind.Search => true,
        UpdateOperationKind.Download when success.Operation == UpdateOperationKind.Download => success.SameUpdate(failure),
        _ when success.Operation == UpdateOperationKind.Install =>
            success.SameUpdate(failure) || (failure.IsWindowsCumulative && success.IsWindowsCumulative),
        _ => false,
    };
}
