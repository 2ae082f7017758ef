using WuToolkit.Abstractions;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// The optional features worth turning off before an upgrade, as <c>upgrade.watchedFeatures</c> lists them (names, or
/// prefixes ending in <c>*</c>, compared ignoring case as DISM does). One reading for the check that reports them and the
/// fix that turns them off, so that the fix turns off exactly what the check reported.
/// </summary>
internal sealed class WatchedFeatures
{
    private WatchedFeatures(IReadOnlyList<string> patterns)
    {
        Patterns = patterns;
    }

    /// <summary>The names and prefixes watched.</summary>
    public IReadOnlyList<string> Patterns { get; }

    public static WatchedFeatures Read(ISettings settings) =>
        new(settings.Get(ReadinessSettings.WatchedFeatures).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The watched features among <paramref name="enabled"/>, each once, in name order.</summary>
    public List<string> Among(IEnumerable<string> enabled) =>
        enabled
            .Where(feature => Patterns.Any(pattern => Matches(feature, pattern)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A name, or a prefix ending in <c>*</c>, compared ignoring case as DISM does.</summary>
    private static bool Matches(string feature, string pattern) =>
        pattern.EndsWith('*')
            ? feature.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(feature, pattern, StringComparison.OrdinalIgnoreCase);
}
