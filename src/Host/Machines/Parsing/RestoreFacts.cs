using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>System protection and restore points: WMI's root\default SystemRestore instances (<c>CreationTime</c>,
/// <c>Description</c>, <c>SequenceNumber</c>) and System Restore's registry settings.</summary>
public static class RestoreFacts
{
    /// <summary>System Restore's own settings (RPSessionInterval: 0 when protection is off for every volume).</summary>
    public const string SettingsKey = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SystemRestore";

    /// <summary>Group Policy's "Turn off System Restore" (DisableSR = 1).</summary>
    public const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows NT\SystemRestore";

    /// <summary>
    /// Whether system protection is on: off when policy turns System Restore off (DisableSR = 1); otherwise
    /// RPSessionInterval, which Windows sets to 1 while protection is on for a volume and to 0 when it is turned off
    /// everywhere. <see langword="null"/> when neither says.
    /// </summary>
    public static bool? ProtectionEnabled(long? policyDisableSr, long? rpSessionInterval) =>
        policyDisableSr == 1 ? false : rpSessionInterval switch
        {
            null => null,
            0 => false,
            _ => true,
        };

    /// <summary>The restore points, newest first; points without a readable time are left out.</summary>
    public static RestoreInfo Read(IEnumerable<CimRecord> points, bool? protectionEnabled)
    {
        ArgumentNullException.ThrowIfNull(points);
        var read = points
            .Select(point => (Point: point, Created: CimDateTime.Parse(point.Text("CreationTime"))))
            .Where(point => point.Created is not null)
            .OrderByDescending(point => point.Created)
            .ThenByDescending(point => point.Point.Number("SequenceNumber"))
            .Select(point => new RestorePointInfo { CreatedUtc = point.Created!.Value.ToUniversalTime(), Description = point.Point.Text("Description") ?? "" })
            .ToList();
        return new RestoreInfo { ProtectionEnabled = protectionEnabled, Points = read };
    }
}
