namespace WuToolkit.Host.Plugins;

/// <summary>What loading a plugin in a process of its own gave: the plugin (its checks run there), or nothing, and the
/// problems met either way.</summary>
public sealed record IsolatedLoad(LoadedPlugin? Plugin, IReadOnlyList<PluginProblem> Problems);

/// <summary>Runs some plugins in processes of their own (src/Host/Isolation). The loader asks it about each plugin
/// that may load, before anything of the plugin runs in wutk itself.</summary>
public interface IPluginIsolation
{
    /// <summary>Whether <paramref name="candidate"/> runs in a process of its own.</summary>
    bool Isolates(PluginCandidate candidate);

    /// <summary>Starts the plugin's process and asks it what the plugin exports; <paramref name="loadFrom"/> is the DLL
    /// to load (a verified copy for a pinned plugin). Never throws: what goes wrong is a problem of the plugin.</summary>
    Task<IsolatedLoad> LoadAsync(PluginCandidate candidate, string loadFrom);
}
