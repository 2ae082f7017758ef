using WuToolkit.Host.Plugins.Trust;

namespace WuToolkit.Host.Plugins;

/// <summary>Whether a plugin loaded.</summary>
public enum PluginLoadState
{
    Loaded,

    /// <summary>Loaded, but some of its exports were refused (an invalid or duplicate id, say).</summary>
    LoadedInPart,

    /// <summary>Nothing of it loaded.</summary>
    Refused,
}

/// <summary>One plugin the plugin folders hold, loaded or not, with what <c>wutk plugins</c> shows of it.</summary>
/// <param name="Candidate">Its DLL and the folder it was found in.</param>
/// <param name="Trust">How far it is trusted.</param>
/// <param name="State">Whether it loaded.</param>
public sealed record PluginEntry(PluginCandidate Candidate, PluginTrust Trust, PluginLoadState State)
{
    /// <summary>The plugin, when it loaded.</summary>
    public LoadedPlugin? Plugin { get; init; }

    /// <summary>Its version: the loaded plugin's, or as its metadata says when it did not load.</summary>
    public string? Version { get; init; }

    /// <summary>The SDK version it records, as major.minor; null when it records none or is unknown.</summary>
    public Version? SdkVersion { get; init; }

    /// <summary>Whether it runs in a process of its own (<c>--isolate</c>, or the machine-wide configuration).</summary>
    public bool Isolated { get; init; }

    /// <summary>Why it did not load.</summary>
    public string? Problem { get; init; }

    /// <summary>The SHA-256 of its DLL; filled by <c>wutk plugins</c>.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Its Authenticode signature; filled by <c>wutk plugins</c>.</summary>
    public PluginSignature Signature { get; init; } = PluginSignature.NotChecked;
}
