using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Display adapters (Win32_VideoController) and devices Device Manager marks with a problem (Win32_PnPEntity
/// with a configuration manager error code other than 0), through WMI.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsDevices
{
    public static async Task<IReadOnlyList<DisplayAdapterInfo>> DisplayAdaptersAsync(CancellationToken cancellationToken)
    {
        var controllers = await Wmi.QueryAsync("displayAdapters", @"root\cimv2", "SELECT Name, Caption, DriverVersion, DriverDate FROM Win32_VideoController", cancellationToken).ConfigureAwait(false);
        return controllers.Select(DisplayFacts.Read).OfType<DisplayAdapterInfo>().ToList();
    }

    public static async Task<IReadOnlyList<DeviceProblem>> ProblemsAsync(CancellationToken cancellationToken)
    {
        var devices = await Wmi.QueryAsync("problemDevices", @"root\cimv2", "SELECT Name, Description, DeviceID, PNPClass, ConfigManagerErrorCode, Manufacturer FROM Win32_PnPEntity WHERE ConfigManagerErrorCode <> 0", cancellationToken).ConfigureAwait(false);
        return devices.Select(DeviceFacts.Read).OfType<DeviceProblem>().ToList();
    }
}
