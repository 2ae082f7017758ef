namespace WuToolkit.Plugins.Health;

/// <summary>The fixes the health checks name. Some are built by a later issue: a check names what addresses its
/// finding whether or not this build can run it yet.</summary>
internal static class FixIds
{
    /// <summary>Sets the clock from a time source and turns automatic time sync back on.</summary>
    public const string ResyncTime = "health.resync-time";

    /// <summary><c>DISM /Online /Cleanup-Image /RestoreHealth</c>.</summary>
    public const string RestoreHealth = "health.restore-health";

    /// <summary><c>sfc /scannow</c>, which repairs system files from the (repaired) component store.</summary>
    public const string SystemFileCheck = "health.sfc";

    /// <summary>Stops the update services, renames SoftwareDistribution and catroot2, starts them again: the agent
    /// registers its services afresh.</summary>
    public const string ResetDownloadCache = "cache.reset-download";
}
