using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Analysis;

/// <summary>
/// Which entries of a file the rules need: when every rule reading its kind declares markers
/// (<see cref="ExportLogRuleAttribute.Markers"/>), only the entries holding one of them; else (a rule without markers,
/// such as every rule built against SDK 1.0 or 1.1) every entry.
/// </summary>
internal static class RulePrefilter
{
    /// <summary>The filter for a file of <paramref name="kind"/>, or null when every entry must be built.</summary>
    public static MarkerFilter? For(IReadOnlyList<ILogRuleFactory> rules, LogKind kind)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var reading = rules.Where(rule => rule.Kinds.Contains(kind)).ToList();
        if (reading.Count == 0 || reading.Exists(rule => rule.Markers is not { Count: > 0 } markers || markers.Any(string.IsNullOrEmpty)))
        {
            return null;
        }

        return new MarkerFilter(reading.SelectMany(rule => rule.Markers));
    }
}
