using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The guide's speed test: a download from the payload host, bounded in bytes and seconds, reported in Mbit/s
/// with the time a typical cumulative update would take at that speed. It spends the user's bandwidth, so it runs only
/// when deep checks are asked for and never on a metered connection. A download that fails says nothing about speed:
/// reachability is <c>network.endpoints</c>' finding.</summary>
[ExportCheck(
    "network.speed",
    "Download speed",
    Scenario = Scenario.Both,
    Tags = ["network", "speed"],
    Settings = typeof(SpeedTestSettings),
    Deep = true,
    Description = "Downloads a few megabytes from Windows Update's payload host (bounded in bytes and seconds) and reports "
        + "the speed in Mbit/s with the time a typical cumulative update would take; warns when it is slow. Never runs on a "
        + "metered connection; a failed download is left to network.endpoints.")]
public sealed class SpeedCheck : ICheck
{
    private const double BytesPerMB = 1_000_000;

    // Less than this says more about the connection's start-up than about its speed.
    private const long MinimumBytes = 256 * 1024;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var network = context.Machine.Network;
        var settings = context.Settings;

        // An unanswered cost question is no reason to hold back: most connections are not metered.
        var cost = await AskCostAsync(network, cancellationToken).ConfigureAwait(false);
        var costEvidence = new Evidence("connectionCost", cost is null ? Strings.EvidenceUnknown : cost.Metered ? Strings.EvidenceMetered : Strings.EvidenceNotMetered);
        if (cost is { Metered: true })
        {
            return CheckResult.Skipped(Strings.SpeedSkippedMetered, costEvidence);
        }

        // One after the other: downloads side by side would share the line and halve each other.
        var maxBytes = (long)(settings.Get(SpeedTestSettings.MaxMB) * BytesPerMB);
        var maxDuration = TimeSpan.FromSeconds(settings.Get(SpeedTestSettings.MaxSeconds));
        var downloads = new List<DownloadMeasurement>();
        foreach (var url in settings.Get(SpeedTestSettings.Urls))
        {
            downloads.Add(await network.MeasureDownloadAsync(url, maxBytes, maxDuration, cancellationToken).ConfigureAwait(false));
        }

        var evidence = downloads.Select((download, index) => new Evidence($"download{index + 1}", Describe(download))).Append(costEvidence).ToList();

        // The fastest server shows what the connection can do; a slow or failing one is that server's matter.
        var fastest = downloads.Where(download => download.Bytes >= MinimumBytes && download.ElapsedMilliseconds > 0).MaxBy(MegabitsPerSecond);
        if (fastest is null)
        {
            var first = downloads[0];
            return CheckResult.Skipped(Strings.FormatSpeedNotMeasured(first.Url.Authority, first.Error ?? Strings.FormatSpeedTooLittle(first.Bytes)), [.. evidence]);
        }

        var mbps = MegabitsPerSecond(fastest);
        var updateMB = settings.Get(SpeedTestSettings.UpdateSizeMB);
        var updateTime = Duration(TimeSpan.FromSeconds(updateMB * 8 / mbps));
        var speed = mbps.ToString(mbps < 10 ? "0.0#" : "0", CultureInfo.InvariantCulture);
        var size = updateMB.ToString("0", CultureInfo.InvariantCulture);
        evidence.InsertRange(0, [new Evidence("speed", $"{speed} Mbit/s"), new Evidence("typicalUpdate", Strings.FormatEvidenceTypicalUpdate(size, updateTime))]);

        var slow = settings.Get(SpeedTestSettings.SlowMbps);
        return mbps < slow
            ? CheckResult.Warn(Strings.FormatSpeedSlow(speed, size, updateTime, slow.ToString(CultureInfo.InvariantCulture)), evidence)
            : CheckResult.Pass(Strings.FormatSpeedFine(speed, size, updateTime), [.. evidence]);
    }

    private static double MegabitsPerSecond(DownloadMeasurement download) =>
        download.Bytes * 8 / (download.ElapsedMilliseconds / 1000) / 1_000_000;

    private static async Task<ConnectionCostInfo?> AskCostAsync(INetworkQueries network, CancellationToken cancellationToken)
    {
        try
        {
            return await network.GetConnectionCostAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (QuestionUnansweredException)
        {
            return null;
        }
    }

    private static string Duration(TimeSpan time) => time.TotalMinutes switch
    {
        < 1 => Strings.DurationUnderAMinute,
        < 90 => Strings.FormatDurationMinutes(Math.Round(time.TotalMinutes).ToString(CultureInfo.InvariantCulture)),
        < 48 * 60 => Strings.FormatDurationHours(time.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)),
        _ => Strings.FormatDurationDays(time.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)),
    };

    private static string Describe(DownloadMeasurement download)
    {
        var text = Strings.FormatEvidenceDownload(
            download.Url.OriginalString,
            download.Bytes.ToString(CultureInfo.InvariantCulture),
            (download.ElapsedMilliseconds / 1000).ToString("0.##", CultureInfo.InvariantCulture));
        return download.Error is null ? text : Strings.FormatEvidenceDownloadStopped(text, download.Error);
    }
}
