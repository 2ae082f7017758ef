namespace WuToolkit.Host.Plugins;

/// <summary>Where a plugins folder comes from, in the order they are searched.</summary>
public enum PluginOrigin
{
    /// <summary>Inside the tool itself (the bundled plugins).</summary>
    BuiltIn,

    /// <summary>The machine-wide folder, for administrators.</summary>
    Machine,

    /// <summary>The per-user folder.</summary>
    User,

    /// <summary>Folders named by the WUTK_PLUGINS environment variable.</summary>
    Environment,

    /// <summary>Folders named by <c>--plugins</c>.</summary>
    CommandLine,
}
