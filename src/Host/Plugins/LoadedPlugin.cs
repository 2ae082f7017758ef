namespace WuToolkit.Host.Plugins;

/// <summary>A plugin that loaded, with what it exports.</summary>
/// <param name="Name">The plugin's name.</param>
/// <param name="Version">Its assembly's informational or assembly version.</param>
/// <param name="Source">The DLL it came from and the folder's origin.</param>
/// <param name="Checks">Its checks.</param>
/// <param name="Fixes">Its fixes.</param>
/// <param name="ErrorCatalogs">Its error-code catalogs.</param>
/// <param name="LogRules">Its log-analysis rules.</param>
public sealed record LoadedPlugin(
    string Name,
    string Version,
    PluginCandidate Source,
    IReadOnlyList<CheckDescriptor> Checks,
    IReadOnlyList<FixDescriptor> Fixes,
    IReadOnlyList<ErrorCatalogDescriptor> ErrorCatalogs,
    IReadOnlyList<LogRuleDescriptor> LogRules)
{
    /// <summary>The SDK version (major.minor) the plugin records it was built against; <see langword="null"/> for one
    /// built before plugins recorded it, which loads as built against 1.0.</summary>
    public Version? SdkVersion { get; init; }
}
