using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>
/// Reads a DLL's Authenticode signature on Windows: <c>WinVerifyTrust</c> says whether it verifies (no revocation
/// check, so nothing goes to the network), and the signing certificate gives the signer's name. .NET has no other way
/// to read the signer (dotnet/runtime#109941), hence the one obsolete call. Elsewhere nothing is read.
/// </summary>
public static partial class AuthenticodeReader
{
    public static PluginSignature Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return OperatingSystem.IsWindows() ? ReadOnWindows(path) : PluginSignature.NotChecked;
    }

    [SupportedOSPlatform("windows")]
    private static PluginSignature ReadOnWindows(string path)
    {
        var verdict = Verify(path);
        if (verdict is NoSignature or SubjectFormUnknown)
        {
            return new PluginSignature(SignatureState.NotSigned);
        }

        string? signer = null;
        try
        {
#pragma warning disable SYSLIB0057 // No replacement reads the certificate of an Authenticode-signed file.
            using var certificate = X509Certificate.CreateFromSignedFile(path);
#pragma warning restore SYSLIB0057
            signer = certificate.Subject;
        }
        catch (CryptographicException)
        {
            return new PluginSignature(SignatureState.NotSigned);
        }

        return new PluginSignature(verdict == 0 ? SignatureState.Valid : SignatureState.Invalid, signer);
    }

    private const int NoSignature = unchecked((int)0x800B0100);
    private const int SubjectFormUnknown = unchecked((int)0x800B0003);

    [SupportedOSPlatform("windows")]
    private static unsafe int Verify(string path)
    {
        var action = new Guid("00AAC56B-CD44-11d0-8CC2-00C04FC295EE"); // WINTRUST_ACTION_GENERIC_VERIFY_V2
        fixed (char* file = path)
        {
            var fileInfo = new WinTrustFileInfo { Size = (uint)sizeof(WinTrustFileInfo), FilePath = (nint)file };
            var data = new TrustData
            {
                Size = (uint)sizeof(TrustData),
                UiChoice = 2, // WTD_UI_NONE
                RevocationChecks = 0, // WTD_REVOKE_NONE
                UnionChoice = 1, // WTD_CHOICE_FILE
                File = (nint)(&fileInfo),
                StateAction = 1, // WTD_STATEACTION_VERIFY
                ProviderFlags = 0x10 | 0x1000, // WTD_REVOCATION_CHECK_NONE | WTD_CACHE_ONLY_URL_RETRIEVAL
            };
            var result = WinVerifyTrust(-1, ref action, ref data);
            data.StateAction = 2; // WTD_STATEACTION_CLOSE: frees what the verification kept
            _ = WinVerifyTrust(-1, ref action, ref data);
            return result;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct WinTrustFileInfo
    {
        public uint Size;
        public nint FilePath;
        public nint File;
        public nint KnownSubject;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TrustData
    {
        public uint Size;
        public nint PolicyCallbackData;
        public nint SipClientData;
        public uint UiChoice;
        public uint RevocationChecks;
        public uint UnionChoice;
        public nint File;
        public uint StateAction;
        public nint StateData;
        public nint UrlReference;
        public uint ProviderFlags;
        public uint UiContext;
        public nint SignatureSettings;
    }

    [LibraryImport("wintrust.dll", EntryPoint = "WinVerifyTrust")]
    [SupportedOSPlatform("windows")]
    private static partial int WinVerifyTrust(nint window, ref Guid action, ref TrustData data);
}
