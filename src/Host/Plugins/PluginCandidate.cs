namespace WuToolkit.Host.Plugins;

/// <summary>A DLL that may be a plugin: <c>&lt;Name&gt;/&lt;Name&gt;.dll</c> in a plugins folder, or a DLL dropped straight into it.</summary>
/// <param name="Name">The plugin's name: the DLL's file name without extension.</param>
/// <param name="AssemblyPath">Absolute path of the DLL.</param>
/// <param name="Folder">The plugins folder it was found in.</param>
/// <param name="IsLooseFile">True for a DLL dropped straight into the plugins folder.</param>
public sealed record PluginCandidate(string Name, string AssemblyPath, PluginFolder Folder, bool IsLooseFile);
