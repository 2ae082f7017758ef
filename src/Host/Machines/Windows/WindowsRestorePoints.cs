using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>System protection from System Restore's registry settings, and the restore points from WMI's root\default
/// SystemRestore class (which needs an administrator, and does not exist on Windows Server).</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsRestorePoints
{
    public static async Task<RestoreInfo> ReadAsync(CancellationToken cancellationToken)
    {
        var points = await Wmi.QueryAsync("restorePoints", @"root\default", "SELECT CreationTime, Description, SequenceNumber FROM SystemRestore", cancellationToken, MachineStrings.SystemRestoreMissing).ConfigureAwait(false);
        var protection = RestoreFacts.ProtectionEnabled(
            WindowsRegistry.ReadNumber(RestoreFacts.PolicyKey, "DisableSR"),
            WindowsRegistry.ReadNumber(RestoreFacts.SettingsKey, "RPSessionInterval"));
        return RestoreFacts.Read(points, protection);
    }
}
