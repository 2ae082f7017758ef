using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog;

/// <summary>An update that keeps failing blocks the monthly cycle: Windows Update retries it, fails the same way,
/// and reports nothing clearer than an error code. Installing the package by hand from the Microsoft Update
/// Catalog often gets past it, or at least shows the real error.</summary>
[ExportCheck(
    "catalog.failed-updates",
    "Updates failing to install",
    Scenario = Scenario.Update,
    Tags = ["updates", "catalog"],
    Description = "Finds updates whose latest installation attempts failed (those that installed since are forgiven) and names each with its error code and its Microsoft Update Catalog search, for installing it by hand.")]
public sealed class FailedUpdatesCheck : ICheck
{
    /// <summary>The fix that installs a package downloaded from the Microsoft Update Catalog.</summary>
    public const string InstallPackageFix = "catalog.install-package";

    /// <summary>Failed updates named in the summary; the rest are counted.</summary>
    private const int NamedInSummary = 3;

    /// <summary>Failed updates described in the evidence; the rest are counted there too.</summary>
    private const int DescribedInEvidence = 15;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var history = await context.Machine.Updates.GetHistoryAsync(cancellationToken).ConfigureAwait(false);
        var failed = FailedUpdates.Find(history);
        if (failed.Count == 0)
        {
            var installations = history.Count(entry => entry.IsFinishedInstallation());
            return CheckResult.Pass(
                Strings.FormatNoFailedUpdates(installations),
                new Evidence("installations", installations.ToString(CultureInfo.InvariantCulture)));
        }

        // Named one by one up to a few, then counted: a PC whose history holds thousands of failures gets one line.
        var findings = string.Join(Strings.ClauseSeparator, failed.Take(NamedInSummary).Select(Describe));
        if (failed.Count > NamedInSummary)
        {
            findings = Strings.FormatAndMoreUpdates(findings, failed.Count - NamedInSummary);
        }

        var summary = failed.Any(update => update.CatalogSearch is not null)
            ? Strings.FormatFailedUpdatesInstallByHand(findings)
            : Strings.FormatFailedUpdatesExplain(findings, failed[0].LastErrorCode);
        return CheckResult.Fail(summary, Evidence(failed), InstallPackageFix);
    }

    private static string Describe(FailedUpdate update) =>
        update.Failures == 1
            ? Strings.FormatFailedOnce(update.Name, update.LastErrorCode)
            : Strings.FormatFailedTimes(update.Name, update.Failures, update.LastErrorCode);

    // Keys start with the update's name, as service evidence starts with the service's, so a report can be searched for a KB.
    private static List<Evidence> Evidence(IReadOnlyList<FailedUpdate> failed)
    {
        var evidence = new List<Evidence> { new("failedUpdates", failed.Count.ToString(CultureInfo.InvariantCulture)) };
        foreach (var update in failed.Take(DescribedInEvidence))
        {
            evidence.Add(new($"{update.Name}.title", update.Title));
            evidence.Add(new($"{update.Name}.failures", update.Failures.ToString(CultureInfo.InvariantCulture)));
            evidence.Add(new($"{update.Name}.lastError", update.LastErrorCode));
            evidence.Add(new($"{update.Name}.lastAttempt", update.LastAttempt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            if (update.CatalogSearch is { } link)
            {
                evidence.Add(new($"{update.Name}.catalogSearch", link.AbsoluteUri));
            }
        }

        if (failed.Count > DescribedInEvidence)
        {
            evidence.Add(new("failedUpdatesNotDescribed", (failed.Count - DescribedInEvidence).ToString(CultureInfo.InvariantCulture)));
        }

        return evidence;
    }
}
