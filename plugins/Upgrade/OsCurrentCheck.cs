using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Microsoft's quick fixes for upgrade problems start with "update Windows so that all available recommended updates
/// are installed": an upgrade from a PC that has missed months of cumulative updates starts from an old servicing
/// stack and is more likely to fail. The check names the build (with its update revision) and the last cumulative
/// update, and warns when that update is older than two monthly releases (configurable).
/// </summary>
[ExportCheck(
    "upgrade.os-current",
    "Windows up to date before the upgrade",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "updates"],
    Settings = typeof(ReadinessSettings),
    Description = "Names the Windows build and update revision and the last installed cumulative update with its age; warns when no cumulative update installed for longer than upgrade.maxUpdateAgeDays (60 days), since upgrades should start from a current Windows.")]
public sealed class OsCurrentCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxAgeDays = context.Settings.Get(ReadinessSettings.MaxUpdateAgeDays);
        var os = await context.Machine.System.GetOsAsync(cancellationToken).ConfigureAwait(false);
        var history = await context.Machine.Updates.GetHistoryAsync(cancellationToken).ConfigureAwait(false);
        var now = await context.Machine.Clock.GetUtcNowAsync(cancellationToken).ConfigureAwait(false);

        var build = os.Revision > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{os.Build}.{os.Revision}")
            : os.Build.ToString(CultureInfo.InvariantCulture);
        var release = string.IsNullOrWhiteSpace(os.DisplayVersion)
            ? ReadinessStrings.FormatOsDescription(os.ProductName.Trim(), build)
            : ReadinessStrings.FormatOsDescriptionWithRelease(os.ProductName.Trim(), build, os.DisplayVersion.Trim());
        var evidence = new List<Evidence>
        {
            new("productName", os.ProductName),
            new("osBuild", build),
            new("displayVersion", string.IsNullOrWhiteSpace(os.DisplayVersion) ? ReadinessStrings.EvidenceUnknown : os.DisplayVersion.Trim()),
            new("maxUpdateAgeDays", maxAgeDays.ToString(CultureInfo.InvariantCulture)),
        };

        var last = QualityUpdates.NewestInstalled(history);
        if (last is null)
        {
            evidence.Add(new("lastCumulativeUpdate", ReadinessStrings.EvidenceNoneInHistory));
            return CheckResult.Pass(ReadinessStrings.FormatOsCurrentNoHistory(release), [.. evidence]);
        }

        var name = string.IsNullOrWhiteSpace(last.KbId) ? last.Title : last.KbId.Trim();
        var age = (int)Math.Floor((now - last.Date).TotalDays);
        var day = last.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        evidence.Add(new("lastCumulativeUpdate", name));
        evidence.Add(new("lastCumulativeUpdateTitle", last.Title));
        evidence.Add(new("lastCumulativeUpdateDate", day));
        evidence.Add(new("lastCumulativeUpdateAgeDays", age.ToString(CultureInfo.InvariantCulture)));

        // An update installed "in the future" means the clock is behind: no age can be judged.
        if (age < -1)
        {
            return CheckResult.Warn(ReadinessStrings.FormatOsCurrentClockBehind(now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day), evidence);
        }

        return (now - last.Date).TotalDays > maxAgeDays
            ? CheckResult.Warn(ReadinessStrings.FormatOsCurrentOld(release, age, name, maxAgeDays), evidence)
            : CheckResult.Pass(ReadinessStrings.FormatOsCurrentOk(release, age, name), [.. evidence]);
    }
}
