using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Host.Plugins;

/// <summary>A fix as the host knows it before planning it.</summary>
/// <param name="Plugin">The plugin's name.</param>
/// <param name="Metadata">Read from the export without creating the fix.</param>
/// <param name="Create">Creates a fresh instance.</param>
public sealed record FixDescriptor(string Plugin, FixMetadata Metadata, Func<IFix> Create)
{
    public string Id => Metadata.Id;

    /// <summary>The settings it declares, when they come from the metadata cache rather than from its class (which is
    /// then not loaded); null to read them from <see cref="FixMetadata.Settings"/>.</summary>
    public IReadOnlyList<Abstractions.Setting>? ListedSettings { get; init; }
}
