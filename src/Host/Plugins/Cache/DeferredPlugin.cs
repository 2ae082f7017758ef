using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>
/// A plugin listed from the cache and not loaded yet: it loads (once, under the trust rules, as any plugin) when one of
/// its exports is first created. A plugin that no longer loads, or no longer exports what the cache said, makes that
/// export fail with one line saying why (a check becomes an Error row, as for any constructor that fails).
/// </summary>
internal sealed class DeferredPlugin(string name, Func<List<PluginProblem>, LoadedPlugin?> load)
{
    private readonly Lazy<(LoadedPlugin? Plugin, string? Problem)> _loaded = new(() =>
    {
        var problems = new List<PluginProblem>();
        var plugin = load(problems);
        return (plugin, plugin is null ? problems.FirstOrDefault(p => p.PluginRefused)?.Message ?? problems.FirstOrDefault()?.Message : null);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the plugin has been loaded (for tests and the start-up trace).</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>The export of the loaded plugin with this id.</summary>
    public T Export<T>(Func<LoadedPlugin, IEnumerable<T>> exports, Func<T, string> id, string wanted)
    {
        ArgumentNullException.ThrowIfNull(exports);
        ArgumentNullException.ThrowIfNull(id);
        var (plugin, problem) = _loaded.Value;
        if (plugin is null)
        {
            throw new InvalidOperationException(problem ?? Strings.FormatPluginLoadFailed(name, "?"));
        }

        return exports(plugin).FirstOrDefault(export => string.Equals(id(export), wanted, StringComparison.Ordinal))
            ?? throw new InvalidOperationException(CacheStrings.FormatPluginExportGone(name, wanted));
    }
}
