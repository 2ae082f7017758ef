using WuToolkit.Abstractions;

namespace WuToolkit.Plugins.Upgrade.Fixes;

/// <summary>The setting the feature fix reads: the same watched list as <c>upgrade.optional-features</c>, so that the fix
/// turns off exactly what the check reported.</summary>
public static class BlockingFeatureSettings
{
    /// <summary>Optional features worth turning off before an upgrade, as names or name prefixes ending in <c>*</c>.</summary>
    public static readonly TextSetting WatchedFeatures = ReadinessSettings.WatchedFeatures;
}
