using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace WuToolkit.Host.Isolation;

/// <summary>On Windows, an isolated plugin's process that crashes must not open Windows Error Reporting's dialog and
/// wait for someone to close it: wutk reads the crash from the exit code.</summary>
internal static partial class ChildErrorMode
{
    private const uint FailCriticalErrors = 0x0001;
    private const uint NoGpFaultErrorBox = 0x0002;

    public static void Quiet()
    {
        if (OperatingSystem.IsWindows())
        {
            _ = SetErrorMode(FailCriticalErrors | NoGpFaultErrorBox);
        }
    }

    [LibraryImport("kernel32.dll", EntryPoint = "SetErrorMode")]
    [SupportedOSPlatform("windows")]
    private static partial uint SetErrorMode(uint mode);
}
