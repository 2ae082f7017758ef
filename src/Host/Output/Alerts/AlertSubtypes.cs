using System.Collections.Frozen;

namespace WuToolkit.Host.Output.Alerts;

/// <summary>
/// Which Windows Update for Business reports alert subtype (the <c>AlertSubtype</c> of UCDeviceAlert and UCUpdateAlert)
/// each check's finding corresponds to, so that an administrator can put wutk's findings beside the alerts the reports
/// show. One table for every bundled check, kept in the host so that the checks stay free of a reporting service's
/// vocabulary; a check that is not listed (a third-party one, or one with no counterpart) carries no subtype.
/// Documented in docs/json-output.md.
/// </summary>
public static class AlertSubtypes
{
    private static readonly FrozenDictionary<string, string> ByCheck = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["services.update-services"] = "DownloadIssueServiceDisabled",
        ["network.adapter"] = "NetworkIssue",
        ["network.endpoints"] = "NetworkIssue",
        ["network.range-requests"] = "DownloadIssue",
        ["network.proxy"] = "DownloadCredentialsIssue",
        ["network.vpn"] = "InsufficientUpdateConnectivity",
        ["network.firewall"] = "NetworkIssue",
        ["network.speed"] = "InsufficientUpdateConnectivity",
        ["disk.free-space"] = "DiskFull",
        ["disk.upgrade-space"] = "DiskFull",
        ["cache.software-distribution"] = "WUDamaged",
        ["cache.pending-reboot"] = "InstallSetupRestartRequired",
        ["cache.download-progress"] = "DownloadIssue",
        ["catalog.failed-updates"] = "InstallIssue",
        ["catalog.servicing-stack"] = "MultipleSecurityUpdatesMissing",
        ["cleanboot.third-party-services"] = "InstallSharingViolation",
        ["cleanboot.startup-items"] = "InstallSharingViolation",
        ["cleanboot.security-products"] = "InstallSharingViolation",
        ["upgrade.processor"] = "InstallSetupBlock",
        ["upgrade.memory"] = "InstallSetupBlock",
        ["upgrade.storage"] = "InstallSetupBlock",
        ["upgrade.graphics"] = "InstallSetupBlock",
        ["upgrade.firmware"] = "InstallSetupBlock",
        ["upgrade.disk-layout"] = "InstallSetupBlock",
        ["upgrade.appraiser"] = "SafeguardHold",
        ["upgrade.reserved-partition"] = "DiskFull",
        ["upgrade.bitlocker"] = "InstallSetupBlock",
        ["upgrade.edition-language"] = "InstallSetupBlock",
        ["upgrade.os-current"] = "EndOfService",
        ["upgrade.fast-startup"] = "InstallSetupError",
        ["upgrade.optional-features"] = "InstallSetupBlock",
        ["upgrade.other-products"] = "WUIssue",
        ["health.clock"] = "CertificateIssue",
        ["health.activation"] = "WUIssue",
        ["health.update-source"] = "WUIssue",
        ["health.component-store"] = "WindowsComponentCorruption",
        ["health.update-registration"] = "WUComponentMissing",
        ["health.devices"] = "InstallIssue",
        ["logs.update-client-errors"] = "InstallIssue",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every check id the table maps, for the documentation's test.</summary>
    public static IEnumerable<string> Checks => ByCheck.Keys;

    /// <summary>The subtype of a check's finding, or null when it has none.</summary>
    public static string? Of(string checkId) => ByCheck.TryGetValue(checkId, out var subtype) ? subtype : null;
}
