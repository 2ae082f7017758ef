namespace WuToolkit.Host.Plugins;

/// <summary>Everything the plugin folders yielded: the plugins that loaded and the problems met.</summary>
public sealed record PluginCatalog(IReadOnlyList<LoadedPlugin> Plugins, IReadOnlyList<PluginProblem> Problems)
{
    /// <summary>Every plugin found, loaded or refused, in search order (libraries beside plugins are not listed).</summary>
    public IReadOnlyList<PluginEntry> Entries { get; init; } = [];

    public IEnumerable<CheckDescriptor> Checks => Plugins.SelectMany(plugin => plugin.Checks);

    public IEnumerable<FixDescriptor> Fixes => Plugins.SelectMany(plugin => plugin.Fixes);

    public IEnumerable<ErrorCatalogDescriptor> ErrorCatalogs => Plugins.SelectMany(plugin => plugin.ErrorCatalogs);

    public IEnumerable<LogRuleDescriptor> LogRules => Plugins.SelectMany(plugin => plugin.LogRules);
}
