using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>The one line that says why a plugin was refused for trust, what changed, and how to trust it again.</summary>
public static class TrustMessages
{
    public static string Refusal(string plugin, PluginTrust trust)
    {
        ArgumentNullException.ThrowIfNull(trust);
        return trust.State == TrustState.Changed
            ? TrustStrings.FormatRefusedChanged(plugin, trust.Change ?? "?")
            : TrustStrings.FormatRefusedNotPinned(plugin, string.Join("; ", trust.Reasons));
    }

    /// <summary>The trust state in a few words, for the table and for JSON's <c>trust.state</c>.</summary>
    public static string Describe(PluginTrust trust)
    {
        ArgumentNullException.ThrowIfNull(trust);
        var state = trust.State switch
        {
            TrustState.BuiltIn => TrustStrings.TrustBuiltIn,
            TrustState.AdministratorsOnly => TrustStrings.TrustAdministratorsOnly,
            TrustState.Pinned => TrustStrings.TrustPinned,
            TrustState.NotPinned => TrustStrings.TrustNotPinned,
            _ => TrustStrings.TrustChanged,
        };
        return trust.Enforced || trust.State is TrustState.BuiltIn or TrustState.AdministratorsOnly or TrustState.Pinned
            ? state
            : TrustStrings.FormatTrustNotEnforced(state);
    }
}
