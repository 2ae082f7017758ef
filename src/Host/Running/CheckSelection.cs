using System.IO.Enumeration;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Running;

/// <summary>
/// Which checks a run covers. A selector matches a plugin name, a check id (with <c>*</c> and <c>?</c> wildcards), a tag or
/// a scenario name, case-insensitively; no selector means every check. A selector that matches nothing is an
/// error, because a typo must not silently run nothing.
/// </summary>
public sealed record CheckSelection(IReadOnlyList<CheckDescriptor> Checks, bool IncludesPluginHealth, IReadOnlyList<string> UnknownSelectors)
{
    /// <summary>The id of the host's own check that reports plugin problems.</summary>
    public const string PluginHealthId = "wutk.plugins";

    public static CheckSelection Select(IEnumerable<CheckDescriptor> checks, IReadOnlyList<string> selectors, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        var inScenario = checks.Where(check => (check.Metadata.Scenario & scenario) != 0).ToList();
        if (selectors.Count == 0)
        {
            return new CheckSelection(inScenario, IncludesPluginHealth: true, []);
        }

        var unknown = new List<string>();
        var selected = new HashSet<CheckDescriptor>();
        var health = false;
        foreach (var selector in selectors)
        {
            var matches = inScenario.Where(check => Matches(check, selector)).ToList();
            var matchesHealth = Matches("wutk", PluginHealthId, [], Scenario.Both, selector);
            health |= matchesHealth;
            selected.UnionWith(matches);

            // A selector that names a real check outside the chosen scenario is not a typo. A word that looks
            // like an option reaches here only because selectors take any word: it is unknown all the same.
            if (matches.Count == 0 && !matchesHealth && !checks.Any(check => Matches(check, selector)))
            {
                unknown.Add(selector);
            }
        }

        return new CheckSelection(inScenario.Where(selected.Contains).ToList(), health, unknown);
    }

    private static bool Matches(CheckDescriptor check, string selector) =>
        Matches(check.Plugin, check.Id, check.Metadata.Tags ?? [], check.Metadata.Scenario, selector);

    private static bool Matches(string plugin, string id, IEnumerable<string> tags, Scenario scenario, string selector)
    {
        var comparison = StringComparison.OrdinalIgnoreCase;
        return string.Equals(plugin, selector, comparison)
            || FileSystemName.MatchesSimpleExpression(selector, id, ignoreCase: true)
            || tags.Any(tag => string.Equals(tag, selector, comparison))
            || (Enum.TryParse<Scenario>(selector, ignoreCase: true, out var named) && named is Scenario.Update or Scenario.Upgrade
                && (scenario & named) != 0);
    }
}
