using WuToolkit.Abstractions;
using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache;

/// <summary>A download that is progressing keeps writing into SoftwareDistribution\Download; payloads nobody has
/// touched for a day are a download stuck at some percentage, which a reset of the download cache clears.</summary>
[ExportCheck("cache.download-progress", "Download progressing or stuck", Scenario = Scenario.Update, Tags = ["cache", "download"], Settings = typeof(CacheSettings),
    Description = "Looks at when SoftwareDistribution\\Download was last written: a download that is progressing keeps writing, while payloads untouched for a day (cache.stalledHours) are a download stuck at some percentage, which resetting the download cache clears.")]
public sealed class DownloadProgressCheck : ICheck
{
    /// <summary>Setting: hours without a write after which a download counts as stuck.</summary>
    public const string StalledHoursSetting = "cache.stalledHours";

    /// <summary>Default: the agent retries a paused download within hours, so a day of silence means stuck.</summary>
    public const double DefaultStalledHours = 24;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stalledHours = context.Settings.Get(CacheSettings.StalledHours);
        var download = await context.Machine.Storage.GetPathAsync(WindowsPaths.SoftwareDistributionDownload, cancellationToken)
            .ConfigureAwait(false);
        if (!download.Exists || download.FileCount == 0)
        {
            return CheckResult.Pass(
                Strings.NothingWaiting,
                new Evidence("downloadFiles", download.Exists ? "0" : Strings.EvidenceAbsent));
        }

        var files = download.FileCount.ToString(CultureInfo.InvariantCulture);
        var size = Gigabytes.Format(download.SizeBytes);
        var evidence = new List<Evidence>
        {
            new("downloadFiles", files),
            new("downloadGB", size),
            new("stalledHours", stalledHours.ToString("0.#", CultureInfo.InvariantCulture)),
        };

        if (download.NewestWriteUtc is not { } newest)
        {
            return CheckResult.Skipped(Strings.NoWriteTime, [.. evidence]);
        }

        // A write "in the future" is clock skew, not a stall: count it as just now.
        var now = await context.Machine.Clock.GetUtcNowAsync(cancellationToken).ConfigureAwait(false);
        var age = now - newest < TimeSpan.Zero ? TimeSpan.Zero : now - newest;
        evidence.Add(new Evidence("newestWriteUtc", Timestamps.Format(newest)));
        evidence.Add(new Evidence("ageHours", age.TotalHours.ToString("0.0", CultureInfo.InvariantCulture)));

        if (age.TotalHours <= stalledHours)
        {
            return CheckResult.Pass(
                Strings.FormatInProgress(files, size, age.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)),
                [.. evidence]);
        }

        return CheckResult.Warn(
            Strings.FormatStalled(files, size, age.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)),
            evidence,
            SoftwareDistributionCheck.ResetDownloadFix);
    }
}
