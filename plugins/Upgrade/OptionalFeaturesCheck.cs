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
    /// <summary>Features named in the summary; the rest are counted.</summary>
    private const int NamedInSummary = 3;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var patterns = context.Settings.Get(ReadinessSettings.WatchedFeatures)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var enabled = await context.Machine.System.GetEnabledOptionalFeaturesAsync(cancellationToken).ConfigureAwait(false);

        var watched = enabled
            .Where(feature => patterns.Any(pattern => Matches(feature, pattern)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var evidence = new[]
        {
            new Evidence("enabledFeatures", enabled.Count.ToString(CultureInfo.InvariantCulture)),
            new Evidence("watchedFeatures", string.Join(", ", patterns)),
            new Evidence("watchedEnabled", watched.Count == 0 ? ReadinessStrings.EvidenceNone : string.Join(", ", watched)),
        };

        if (watched.Count == 0)
        {
            return CheckResult.Pass(ReadinessStrings.FormatNoWatchedFeatures(enabled.Count), evidence);
        }

        var named = string.Join(", ", watched.Take(NamedInSummary));
        if (watched.Count > NamedInSummary)
        {
            named = ReadinessStrings.FormatAndMore(named, watched.Count - NamedInSummary);
        }

        return CheckResult.Warn(ReadinessStrings.FormatWatchedFeaturesOn(named), evidence);
    }

    /// <summary>A name, or a prefix ending in <c>*</c>, compared ignoring case as DISM does.</summary>
    private static bool Matches(string feature, string pattern) =>
        pattern.EndsWith('*')
            ? feature.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(feature, pattern, StringComparison.OrdinalIgnoreCase);
}
