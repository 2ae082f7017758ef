using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Windows judges its own upgrade: the compatibility appraiser (a daily scheduled task) records for each release
/// whether setup would be blocked (Red, with its reasons), what the upgrade would break (Orange, Yellow), and the
/// safeguard holds under which Windows Update withholds the release. This check reports that verdict for the target
/// release; a PC without one (the task has not run, or its data was cleared) is skipped, never failed.
/// </summary>
[ExportCheck(
    "upgrade.appraiser",
    "Windows' own upgrade verdict and safeguard holds",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "appraiser", "safeguard"],
    Settings = typeof(ReadinessSettings),
    Description = "Reads the compatibility appraiser's verdict for the target release (Green, Yellow, Orange or Red, with the red reasons in words) and any safeguard hold Microsoft has placed on the PC, so the user learns what Windows itself will say before setup says it.")]
public sealed class AppraiserCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var windows10 = ReadinessSettings.TargetsWindows10(context.Settings);
        var chosen = context.Settings.Get(ReadinessSettings.AppraiserRelease);
        var target = windows10 ? ReadinessStrings.Windows10 : ReadinessStrings.Windows11;

        var releases = await context.Machine.Registry.GetSubKeysAsync(AppraiserReleases.IndicatorsKey, cancellationToken).ConfigureAwait(false);
        if (releases is null || releases.Count == 0)
        {
            return CheckResult.Skipped(ReadinessStrings.NoAppraiserData, new Evidence("appraiserReleases", ReadinessStrings.EvidenceNone));
        }

        var onRecord = new Evidence("appraiserReleases", string.Join(", ", releases));
        var release = AppraiserReleases.Pick(releases, chosen, windows10);
        if (release is null)
        {
            var onRecordText = string.Join(ReadinessStrings.ListSeparator, releases);
            return CheckResult.Skipped(
                string.Equals(chosen, AppraiserReleases.Automatic, StringComparison.OrdinalIgnoreCase)
                    ? ReadinessStrings.FormatNoAppraiserRelease(target, onRecordText)
                    : ReadinessStrings.FormatNoAppraiserRecordOf(chosen, onRecordText),
                onRecord);
        }

        var values = await context.Machine.Registry.GetValuesAsync(AppraiserReleases.KeyOf(release), cancellationToken).ConfigureAwait(false);
        if (values is null)
        {
            return CheckResult.Skipped(ReadinessStrings.NoAppraiserData, onRecord);
        }

        var record = AppraiserRecord.Read(release, values);
        var evidence = Evidence(record, onRecord);
        var name = ReadinessStrings.FormatReleaseName(target, release);
        return Judge(record, name, evidence);
    }

    private static CheckResult Judge(AppraiserRecord record, string release, IReadOnlyList<Evidence> evidence)
    {
        var findings = new List<(CheckStatus Status, string Summary)>();
        if (record.Is("Red"))
        {
            var reasons = record.RedReasons.Count == 0
                ? ReadinessStrings.RedReasonNone
                : string.Join(ReadinessStrings.ClauseSeparator, record.RedReasons.Select(RedReasons.Describe));
            findings.Add(RedReasons.AllFirmwareSettings(record.RedReasons)
                ? (CheckStatus.Warn, ReadinessStrings.FormatAppraiserRedFirmware(release, reasons))
                : (CheckStatus.Fail, ReadinessStrings.FormatAppraiserRed(release, reasons)));
        }
        else if (record.Is("Orange"))
        {
            findings.Add((CheckStatus.Warn, ReadinessStrings.FormatAppraiserOrange(release)));
        }
        else if (record.Is("Yellow"))
        {
            findings.Add((CheckStatus.Warn, ReadinessStrings.FormatAppraiserYellow(release)));
        }

        if (record.HoldIds.Count > 0)
        {
            var about = record.HoldReasons.Count == 0 ? "" : ReadinessStrings.FormatHoldAbout(string.Join(ReadinessStrings.ListSeparator, record.HoldReasons));
            findings.Add((CheckStatus.Warn, ReadinessStrings.FormatSafeguardHold(release, string.Join(ReadinessStrings.ListSeparator, record.HoldIds), about)));
        }

        if (findings.Count > 0)
        {
            return new CheckResult
            {
                Status = findings.Max(finding => finding.Status),
                Summary = string.Join(ReadinessStrings.ClauseSeparator, findings.Select(finding => finding.Summary)),
                Evidence = evidence,
            };
        }

        if (record.Is("Green"))
        {
            return new CheckResult { Status = CheckStatus.Pass, Summary = ReadinessStrings.FormatAppraiserGreen(release), Evidence = evidence };
        }

        // No marker, or one the documentation does not name: there is no verdict to report, and guessing one would be worse.
        return new CheckResult
        {
            Status = CheckStatus.Skipped,
            Summary = record.Experience is null
                ? ReadinessStrings.FormatAppraiserNoVerdict(release)
                : ReadinessStrings.FormatAppraiserUnknownVerdict(release, record.Experience),
            Evidence = evidence,
        };
    }

    private static List<Evidence> Evidence(AppraiserRecord record, Evidence onRecord)
    {
        var evidence = new List<Evidence>
        {
            new("release", record.Release),
            new("upgradeExperience", record.Experience ?? ReadinessStrings.EvidenceNotRecorded),
            new("redReasons", Listed(record.RedReasons)),
            new("safeguardHoldIds", Listed(record.HoldIds)),
            new("safeguardHoldReasons", Listed(record.HoldReasons)),
        };
        evidence.AddRange(record.Others.Select(other => new Evidence(char.ToLowerInvariant(other.Name[0]) + other.Name[1..], other.Value)));
        evidence.Add(onRecord);
        return evidence;
    }

    private static string Listed(IReadOnlyList<string> items) => items.Count == 0 ? ReadinessStrings.EvidenceNone : string.Join(", ", items);
}
