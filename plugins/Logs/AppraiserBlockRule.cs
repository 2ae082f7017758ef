using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// What the compatibility appraiser's *_APPRAISER_HumanReadable.xml says blocks the upgrade, asset by asset: a safeguard
/// hold (<c>SdbBlockType</c> = GatedBlock, with <c>SdbAppraiserData_GatedBlockId</c>: SetupDiag's GatedCompatBlock), an
/// app or file that blocks (<c>DT_ANY_FMC_BlockingApplication</c> = TRUE, named by <c>LowerCaseLongPathUnexpanded</c>, the
/// exact file to remove even after its app was uninstalled: CompatBlockedApplicationManualUninstall), and other assets
/// the appraiser's database blocks (<c>SdbBlockType</c> = BlockUpgrade: a driver or device, HardblockDeviceOrDriver).
/// Assets that block nothing are the appraiser's normal inventory. One finding per thing named.
/// </summary>
[ExportLogRule(Id, "Safeguard holds and blocking apps, files and drivers in the appraiser's human-readable report", LogKind.Appraiser)]
public sealed class AppraiserBlockRule : ILogRule
{
    public const string Id = "setup.appraiser-block";

    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var block = entry.Field("SdbBlockType");
        var gatedId = entry.Field("SdbAppraiserData_GatedBlockId") ?? entry.Field("GatedBlockId");
        var app = entry.Field("SdbAppName") ?? entry.Field("AppName") ?? entry.Field("Name");
        var path = entry.Field("LowerCaseLongPathUnexpanded") ?? entry.Field("LongPathUnexpanded");
        if (string.Equals(block, "GatedBlock", StringComparison.OrdinalIgnoreCase) ||
            (gatedId is { Length: > 0 } && !gatedId.Equals("None", StringComparison.OrdinalIgnoreCase)))
        {
            var named = gatedId is { Length: > 0 } id && !id.Equals("None", StringComparison.OrdinalIgnoreCase)
                ? $"{app ?? path ?? entry.Component} (safeguard hold {id})"
                : app ?? path ?? entry.Component;
            Report(findings, entry, "GatedCompatBlock", named);
        }
        else if (IsTrue(entry.Field("DT_ANY_FMC_BlockingApplication")))
        {
            Report(findings, entry, "CompatBlockedApplicationManualUninstall", path ?? app ?? entry.Component);
        }
        else if (string.Equals(block, "BlockUpgrade", StringComparison.OrdinalIgnoreCase))
        {
            var driver = entry.Field("DriverName") ?? entry.Field("InfName") ?? entry.Field("DeviceInstanceId");
            Report(findings, entry, driver is null ? "CompatBlockedApplicationManualUninstall" : "HardblockDeviceOrDriver", driver ?? path ?? app ?? entry.Component);
        }
    }

    public void Complete(IFindingSink findings)
    {
    }

    private void Report(IFindingSink findings, LogEntry entry, string profile, string subject)
    {
        if (_reported.Add(subject))
        {
            findings.Add(SetupProfiles.Of(profile).Finding(Id, entry, subject));
        }
    }

    private static bool IsTrue(string? value) => string.Equals(value, "TRUE", StringComparison.OrdinalIgnoreCase);
}
