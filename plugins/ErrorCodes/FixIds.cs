namespace WuToolkit.Plugins.ErrorCodes;

/// <summary>The ids of the fixes that the bundled checks name as next steps, for catalogs to point to as well.</summary>
internal static class FixIds
{
    public const string DiskCleanup = "disk.cleanup";
    public const string ResetDownload = "cache.reset-download";
    public const string ResetComponents = "cache.reset-components";
    public const string RestoreServiceDefaults = "services.restore-defaults";
    public const string ResetWinHttpProxy = "network.reset-winhttp-proxy";
    public const string InstallPackage = "catalog.install-package";
    public const string EnterCleanBoot = "cleanboot.enter";
}
