namespace WuToolkit.Host.Plugins.Trust;

/// <summary>Why a plugin may run in an elevated wutk, or why not.</summary>
public enum TrustState
{
    /// <summary>Bundled inside the installed tool: trusted by its location, as the tool itself is.</summary>
    BuiltIn,

    /// <summary>Only administrators can change it and the folders on the way to it.</summary>
    AdministratorsOnly,

    /// <summary>Others can change it where it lies, but an administrator trusted these very files (<c>wutk plugins trust</c>).</summary>
    Pinned,

    /// <summary>Others can change it where it lies, and no administrator trusted it.</summary>
    NotPinned,

    /// <summary>Trusted once, but a file of it changed since.</summary>
    Changed,
}
