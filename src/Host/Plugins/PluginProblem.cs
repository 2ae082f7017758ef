namespace WuToolkit.Host.Plugins;

/// <summary>Something wrong with one plugin: it did not load at all, or part of it was refused.
/// Never fatal: the other plugins run, and the problem is a finding of the built-in <c>wutk.plugins</c> check.</summary>
/// <param name="Plugin">The plugin's name.</param>
/// <param name="AssemblyPath">The DLL.</param>
/// <param name="Message">One line that says what is wrong and, where possible, what to do.</param>
/// <param name="PluginRefused">True when nothing of the plugin loaded; false when only part of it was refused.</param>
public sealed record PluginProblem(string Plugin, string AssemblyPath, string Message, bool PluginRefused);
