using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The WinHTTP default proxy (what <c>netsh winhttp show proxy</c> shows), read through the API rather than
/// by parsing netsh's localized output.</summary>
[SupportedOSPlatform("windows")]
internal static partial class WindowsProxy
{
    private const int NamedProxy = 3;

    public static ProxyInfo Read()
    {
        var info = default(ProxyInfoNative);
        if (!WinHttpGetDefaultProxyConfiguration(ref info))
        {
            throw new QuestionUnansweredException("winHttpProxy", new System.ComponentModel.Win32Exception(Marshal.GetLastPInvokeError()).Message);
        }

        try
        {
            var server = Marshal.PtrToStringUni(info.Proxy);
            var bypass = Marshal.PtrToStringUni(info.ProxyBypass);
            return info.AccessType == NamedProxy && !string.IsNullOrWhiteSpace(server)
                ? new ProxyInfo { Direct = false, Server = server, BypassList = bypass }
                : new ProxyInfo { Direct = true };
        }
        finally
        {
            Free(info.Proxy);
            Free(info.ProxyBypass);
        }
    }

    private static void Free(IntPtr memory)
    {
        if (memory != IntPtr.Zero)
        {
            GlobalFree(memory);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ProxyInfoNative
    {
        public int AccessType;
        public IntPtr Proxy;
        public IntPtr ProxyBypass;
    }

    [LibraryImport("winhttp.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool WinHttpGetDefaultProxyConfiguration(ref ProxyInfoNative proxyInfo);

    [LibraryImport("kernel32.dll")]
    private static partial IntPtr GlobalFree(IntPtr memory);
}
