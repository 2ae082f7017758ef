namespace WuToolkit.Host.Plugins.Trust;

/// <summary>What an Authenticode signature says about a plugin's DLL. Shown to the administrator; it does not decide
/// trust (a pin or the location does).</summary>
public enum SignatureState
{
    /// <summary>Not looked at: Authenticode is checked only on Windows.</summary>
    NotChecked,

    NotSigned,

    /// <summary>Signed, and Windows verified the signature and its chain.</summary>
    Valid,

    /// <summary>Signed, but the signature does not verify (the file changed after signing, an untrusted or expired chain).</summary>
    Invalid,
}

/// <summary>The signature of a plugin's DLL and who signed it.</summary>
/// <param name="State">Whether it is signed and verifies.</param>
/// <param name="Signer">The signing certificate's subject, when signed.</param>
public sealed record PluginSignature(SignatureState State, string? Signer = null)
{
    public static PluginSignature NotChecked { get; } = new(SignatureState.NotChecked);
}
