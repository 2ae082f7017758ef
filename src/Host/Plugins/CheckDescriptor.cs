using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Host.Plugins;

/// <summary>A check as the host knows it before running it: its plugin, its metadata and a way to create it.</summary>
/// <param name="Plugin">The plugin's name.</param>
/// <param name="Metadata">Read from the export without creating the check.</param>
/// <param name="Create">Creates a fresh instance; may throw (a constructor that fails is that check's Error).</param>
public sealed record CheckDescriptor(string Plugin, CheckMetadata Metadata, Func<ICheck> Create)
{
    public string Id => Metadata.Id;

    /// <summary>The settings the check declares (see <see cref="CheckMetadata.Settings"/>).</summary>
    public IReadOnlyList<Abstractions.Setting> Settings { get; init; } = [];
}
