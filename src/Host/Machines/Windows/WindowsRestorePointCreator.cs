using System.Globalization;
using System.Management;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Creates a restore point with WMI's SystemRestore.CreateRestorePoint, as Checkpoint-Computer does (a change
/// of settings, beginning). Windows makes at most one a day unless configured otherwise; it then succeeds without a
/// new point, which the message says.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsRestorePointCreator
{
    private const uint ModifySettings = 12;
    private const uint BeginSystemChange = 100;

    public static Task<StepOutcome> CreateAsync(string description, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            try
            {
                using var restore = new ManagementClass(new ManagementScope(@"\\.\root\default"), new ManagementPath("SystemRestore"), null);
                using var arguments = restore.GetMethodParameters("CreateRestorePoint");
                arguments["Description"] = description;
                arguments["RestorePointType"] = ModifySettings;
                arguments["EventType"] = BeginSystemChange;
                using var result = restore.InvokeMethod("CreateRestorePoint", arguments, null);
                var code = Convert.ToUInt32(result?["ReturnValue"] ?? 1u, CultureInfo.InvariantCulture);
                return code == 0
                    ? StepOutcome.Done(StepStrings.FormatRestorePointCreated(description))
                    : StepOutcome.Failed(StepStrings.FormatRestorePointFailed(code));
            }
            catch (Exception ex) when (ex is ManagementException or UnauthorizedAccessException or System.Runtime.InteropServices.COMException)
            {
                return StepOutcome.Failed(StepStrings.FormatRestorePointError(ex.Message));
            }
        }, cancellationToken);
}
