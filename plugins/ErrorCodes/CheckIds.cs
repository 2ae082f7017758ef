namespace WuToolkit.Plugins.ErrorCodes;

/// <summary>The ids of the bundled checks that catalogs point to. Spelled out here rather than referenced, because a
/// plugin references only the SDK; a host test holds them to the checks the bundled plugins really export.</summary>
internal static class CheckIds
{
    public const string NetworkAdapter = "network.adapter";
    public const string NetworkEndpoints = "network.endpoints";
    public const string NetworkProxy = "network.proxy";
    public const string UpdateServices = "services.update-services";
    public const string DiskFreeSpace = "disk.free-space";
    public const string DiskUpgradeSpace = "disk.upgrade-space";
    public const string SoftwareDistribution = "cache.software-distribution";
    public const string PendingReboot = "cache.pending-reboot";
    public const string DownloadProgress = "cache.download-progress";
    public const string FailedUpdates = "catalog.failed-updates";
    public const string ServicingStack = "catalog.servicing-stack";
    public const string ThirdPartyServices = "cleanboot.third-party-services";
    public const string Memory = "upgrade.memory";
    public const string Storage = "upgrade.storage";
    public const string Firmware = "upgrade.firmware";
}
