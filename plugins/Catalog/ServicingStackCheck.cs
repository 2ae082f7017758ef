using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog;

/// <summary>
/// Whether the monthly cumulative update (LCU) still arrives. Microsoft ships one every month, so a newest
/// installed LCU that is months old means Windows Update has silently stopped working, whatever else it says;
/// and a history where every LCU attempt failed means it never worked. The newest servicing stack update (SSU)
/// is shown as evidence only: an old stack is the classic reason an LCU cannot install, but newer Windows ships
/// the SSU inside the LCU, so its absence proves nothing.
/// </summary>
[ExportCheck(
    "catalog.servicing-stack",
    "Latest cumulative and servicing stack updates",
    Scenario = Scenario.Update,
    Tags = ["updates", "ssu"],
    Settings = typeof(CatalogSettings),
    Description = "Finds the newest installed cumulative update (LCU) and servicing stack update (SSU) in the update history: an LCU older than catalog.maxUpdateAgeDays (60) warns, LCU attempts that never installed fail; every KB it names links to its Microsoft Update Catalog search.")]
public sealed class ServicingStackCheck : ICheck
{
    /// <summary>Setting: how many days old the newest installed cumulative update may be.</summary>
    public const string MaxAgeSetting = "catalog.maxUpdateAgeDays";

    /// <summary>Default: two monthly releases missed. One missed month is common (paused updates, a PC that was off).</summary>
    public const double DefaultMaxAgeDays = 60;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxAgeDays = context.Settings.Get(CatalogSettings.MaxUpdateAgeDays);
        var history = await context.Machine.Updates.GetHistoryAsync(cancellationToken).ConfigureAwait(false);
        var now = await context.Machine.Clock.GetUtcNowAsync(cancellationToken).ConfigureAwait(false);

        var newestFirst = history.OrderByDescending(entry => entry.Date).ToList();
        var cumulative = newestFirst.FirstOrDefault(entry => entry.IsSuccessfulInstallation() && UpdateTitles.IsCumulative(entry.Title));
        var servicingStack = newestFirst.FirstOrDefault(entry => entry.IsSuccessfulInstallation() && UpdateTitles.IsServicingStack(entry.Title));
        var failedSince = newestFirst
            .Where(entry => entry.IsFailedInstallation() && UpdateTitles.IsCumulative(entry.Title))
            .TakeWhile(entry => cumulative is null || entry.Date > cumulative.Date)
            .ToList();

        var evidence = new List<Evidence>();
        AddNewest(evidence, "latestCumulative", cumulative);
        if (cumulative is not null)
        {
            evidence.Add(new("latestCumulativeAgeDays", AgeInDays(cumulative, now).ToString(CultureInfo.InvariantCulture)));
        }

        AddNewest(evidence, "latestServicingStack", servicingStack);
        evidence.Add(new("failedCumulativeAttempts", failedSince.Count.ToString(CultureInfo.InvariantCulture)));
        evidence.Add(new("maxUpdateAgeDays", maxAgeDays.ToString(CultureInfo.InvariantCulture)));

        if (cumulative is null)
        {
            if (failedSince.Count == 0)
            {
                // Nothing to judge: a new installation, or a history emptied by a reset of the update cache.
                return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.NoCumulativeInHistory, Evidence = evidence };
            }

            var last = failedSince[0];
            if (KbArticle.CatalogSearchLink(last.KbId) is { } link)
            {
                evidence.Add(new("catalogSearch", link.AbsoluteUri));
            }

            return CheckResult.Fail(
                Strings.FormatCumulativeNeverInstalled(failedSince.Count, last.Name(), last.ErrorCode()),
                evidence,
                FailedUpdatesCheck.InstallPackageFix);
        }

        var age = AgeInDays(cumulative, now);

        // An update installed "in the future" means the clock is behind (a flat CMOS battery resets it to the firmware's
        // date): an age cannot be judged, and a wrong clock breaks Windows Update's TLS connections by itself.
        if (age < -1)
        {
            return CheckResult.Warn(Strings.FormatClockBehindHistory(now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cumulative.Day()), evidence);
        }

        if ((now - cumulative.Date).TotalDays <= maxAgeDays)
        {
            return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatCumulativeRecent(age, cumulative.Name(), maxAgeDays), Evidence = evidence };
        }

        var tooOld = Strings.FormatCumulativeTooOld(age, cumulative.Name(), maxAgeDays);
        if (failedSince.Count > 0 && KbArticle.CatalogSearchLink(failedSince[0].KbId) is { } failedLink)
        {
            // Newer cumulative updates were tried and failed: the newest of them is the one to install by hand.
            evidence.Add(new("catalogSearch", failedLink.AbsoluteUri));
            return CheckResult.Warn(
                Strings.FormatCumulativeTooOldFailing(tooOld, failedSince[0].Name(), failedSince[0].ErrorCode()),
                evidence,
                FailedUpdatesCheck.InstallPackageFix);
        }

        return CheckResult.Warn(tooOld, evidence);
    }

    private static int AgeInDays(UpdateHistoryEntry entry, DateTimeOffset now) => (int)Math.Floor((now - entry.Date).TotalDays);

    private static void AddNewest(List<Evidence> evidence, string key, UpdateHistoryEntry? entry)
    {
        if (entry is null)
        {
            evidence.Add(new(key, Strings.NoneInHistory));
            return;
        }

        evidence.Add(new(key, entry.Name()));
        evidence.Add(new(key + "Date", entry.Day()));

        // Only a well-formed KB id becomes a link (KbArticle checks it): the history comes from snapshots anyone can edit.
        if (KbArticle.CatalogSearchLink(entry.KbId) is { } link)
        {
            evidence.Add(new(key + "CatalogSearch", link.AbsoluteUri));
        }
    }
}
