using WuToolkit.Abstractions;
using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache;

/// <summary>SoftwareDistribution (the agent's data store and download cache) and catroot2 (the catalog database
/// that signs updates) are where a corrupt or stuck update usually lives; a cache that has grown far beyond its
/// usual size holds downloads that never installed.</summary>
[ExportCheck("cache.software-distribution", "SoftwareDistribution and catroot2", Scenario = Scenario.Update, Tags = ["cache"], Settings = typeof(CacheSettings),
    Description = "Checks that SoftwareDistribution (the update agent's data store and download cache) and catroot2 (the catalog database that signs updates) exist, and that SoftwareDistribution has not grown past 10 GB (cache.maxSizeGB) with downloads that never installed.")]
public sealed class SoftwareDistributionCheck : ICheck
{
    /// <summary>Setting: the size in GB above which SoftwareDistribution is reported.</summary>
    public const string MaxSizeSetting = "cache.maxSizeGB";

    /// <summary>Default limit: a healthy PC keeps a few GB; more means old payloads are piling up.</summary>
    public const double DefaultMaxSizeGB = 10;

    /// <summary>The fix that renames the download cache so the agent starts afresh.</summary>
    public const string ResetDownloadFix = "cache.reset-download";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maximumGB = context.Settings.Get(CacheSettings.MaxSizeGB);
        var storage = context.Machine.Storage;
        var store = await storage.GetPathAsync(WindowsPaths.SoftwareDistribution, cancellationToken).ConfigureAwait(false);
        var catroot2 = await storage.GetPathAsync(WindowsPaths.Catroot2, cancellationToken).ConfigureAwait(false);

        var evidence = new List<Evidence>();
        Describe(evidence, "softwareDistribution", store);
        Describe(evidence, "catroot2", catroot2);
        evidence.Add(new Evidence("maxSizeGB", Gigabytes.Format(maximumGB)));

        if (store.Exists && store.SizeBytes / Gigabytes.Bytes > maximumGB)
        {
            return CheckResult.Warn(
                Strings.FormatStoreTooLarge(Gigabytes.Format(store.SizeBytes), Gigabytes.Format(maximumGB)), evidence, ResetDownloadFix);
        }

        // Both folders are recreated on demand (by the update agent and by Cryptographic Services), so a missing
        // one is not yet a failure, but something deleted it.
        var missing = new[] { store, catroot2 }.Where(folder => !folder.Exists).Select(folder => folder.Path).ToList();
        if (missing.Count > 0)
        {
            return CheckResult.Warn(Strings.FormatFoldersMissing(string.Join(Strings.ListSeparator, missing)), evidence);
        }

        return CheckResult.Pass(
            Strings.FormatHealthy(Gigabytes.Format(store.SizeBytes), Gigabytes.Format(catroot2.SizeBytes), Gigabytes.Format(maximumGB)),
            [.. evidence]);
    }

    private static void Describe(List<Evidence> evidence, string key, PathInfo folder)
    {
        if (!folder.Exists)
        {
            evidence.Add(new Evidence(key, Strings.EvidenceAbsent));
            return;
        }

        evidence.Add(new Evidence($"{key}GB", Gigabytes.Format(folder.SizeBytes)));
        evidence.Add(new Evidence($"{key}Files", folder.FileCount.ToString(CultureInfo.InvariantCulture)));
    }
}
