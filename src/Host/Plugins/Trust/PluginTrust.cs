namespace WuToolkit.Host.Plugins.Trust;

/// <summary>How far a plugin is trusted, and whether that decides if it loads: the rules hold only when wutk runs
/// elevated (Administrator, root), because otherwise a plugin runs with no more rights than whoever could change it.</summary>
/// <param name="State">Why it may run, or why not.</param>
/// <param name="Enforced">Whether wutk runs elevated, so that an untrusted plugin is refused.</param>
public sealed record PluginTrust(TrustState State, bool Enforced)
{
    /// <summary>Why others can change it where it lies (empty for built-in plugins and those only administrators can change).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>For <see cref="TrustState.Changed"/>: what changed since it was trusted.</summary>
    public string? Change { get; init; }

    /// <summary>The SHA-256 of its DLL, when it was read to decide.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Whether the plugin must not load.</summary>
    public bool Refuses => Enforced && State is TrustState.NotPinned or TrustState.Changed;

    public static PluginTrust BuiltIn(bool enforced) => new(TrustState.BuiltIn, enforced);
}
