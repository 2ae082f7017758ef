using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Some optional features carry state that setup has to move to the new Windows: the troubleshooting guide this tool
/// follows names IIS (the web server, <c>IIS-*</c>) and its process model (Windows Process Activation Service,
/// <c>WAS-*</c>) as features that often slow or block upgrades. The list is a setting, so an administrator can add the
/// features their own upgrades trip over.
/// </summary>
[ExportCheck(
    "upgrade.optional-features",
    "Optional features that slow or block upgrades",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "features"],
    Settings = typeof(ReadinessSettings),
    Description = "Lists the turned-on optional features that often slow or block an upgrade (IIS and the Windows Process Activation Service by default; upgrade.watchedFeatures changes the list) and warns when there are any.")]
public sealed class OptionalFeaturesCheck : ICheck
{
    /// <summary>The fix that turns the watched features off for the upgrade, and on again when undone.</summary>
    public const string DisableBlockingFeaturesFix = "upgrade.disable-blocking-features";

    /// <summary>Features named in the summary; the rest are counted.</summary>
    private const int NamedInSummary = 3;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var watchedFeatures = WatchedFeatures.Read(context.Settings);
        var enabled = await context.Machine.System.GetEnabledOptionalFeaturesAsync(cancellationToken).ConfigureAwait(false);

        var watched = watchedFeatures.Among(enabled);
        var evidence = new[]
        {
            new Evidence("enabledFeatures", enabled.Count.ToString(CultureInfo.InvariantCulture)),
            new Evidence("watchedFeatures", string.Join(", ", watchedFeatures.Patterns)),
            new Evidence("watchedEnabled", watched.Count == 0 ? ReadinessStrings.EvidenceNone : string.Join(", ", watched)),
        };

        if (watched.Count == 0)
        {
            return CheckResult.Pass(ReadinessStrings.FormatNoWatchedFeatures(enabled.Count), evidence);
        }

        var named = string.Join(ReadinessStrings.ListSeparator, watched.Take(NamedInSummary));
        if (watched.Count > NamedInSummary)
        {
            named = ReadinessStrings.FormatAndMore(named, watched.Count - NamedInSummary);
        }

        return CheckResult.Warn(ReadinessStrings.FormatWatchedFeaturesOn(named), evidence, DisableBlockingFeaturesFix);
    }
}
