using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Running;

/// <summary>The host's own check, <c>wutk.plugins</c>: a plugin that did not load is a finding, so it shows in
/// every output format and in the exit code, not only as a line on standard error.</summary>
public static class PluginHealth
{
    public static CheckOutcome Judge(PluginCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var evidence = catalog.Plugins
            .Select(plugin => new Evidence(plugin.Name, Strings.FormatPluginLoadedEvidence(plugin.Version, plugin.Checks.Count, plugin.ErrorCatalogs.Count, plugin.LogRules.Count)))
            .Concat(catalog.Problems.Select(problem => new Evidence(problem.Plugin, problem.Message)))
            .ToList();

        return catalog.Problems.Count == 0
            ? new CheckOutcome(CheckSelection.PluginHealthId, "wutk", Strings.PluginHealthTitle, CheckStatus.Pass,
                Strings.FormatPluginHealthOk(catalog.Plugins.Count), evidence, [], TimeSpan.Zero)
            : new CheckOutcome(CheckSelection.PluginHealthId, "wutk", Strings.PluginHealthTitle, CheckStatus.Error,
                Strings.FormatPluginHealthProblems(catalog.Problems.Count, string.Join("; ", catalog.Problems.Select(p => p.Message))),
                evidence, [], TimeSpan.Zero);
    }
}
