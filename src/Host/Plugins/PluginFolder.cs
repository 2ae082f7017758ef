namespace WuToolkit.Host.Plugins;

/// <summary>A folder searched for plugins.</summary>
/// <param name="Path">Absolute path.</param>
/// <param name="Origin">Why it is searched.</param>
public sealed record PluginFolder(string Path, PluginOrigin Origin);
