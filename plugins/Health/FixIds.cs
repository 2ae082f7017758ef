namespace WuToolkit.Plugins.Health;

/// <summary>The fixes the health checks name, and the ids this plugin's own fixes export under. A check names what
/// addresses its finding whether or not this build carries that fix (the download-cache reset is the Cache plugin's).</summary>
internal static class FixIds
{
    /// <summary>Makes sure the Windows Time service runs, then sets the clock from its time source.</summary>
    public const string ResyncTime = "health.resync-time";

    /// <summary><c>DISM /Online /Cleanup-Image /RestoreHealth</c>.</summary>
    public const string RestoreHealth = "health.restore-health";

    /// <summary><c>sfc /scannow</c>, which repairs system files from the (repaired) component store.</summary>
    public const string SystemFileCheck = "health.sfc";

    /// <summary>Starts the Windows Update troubleshooter where this Windows still has one.</summary>
    public const string Troubleshooter = "health.troubleshooter";

    /// <summary>Creates a System Restore point before other repairs.</summary>
    public const string RestorePoint = "health.restore-point";

    /// <summary>Stops the update services, renames SoftwareDistribution and catroot2, starts them again: the agent
    /// registers its services afresh.</summary>
    public const string ResetDownloadCache = "cache.reset-download";
}
