namespace WuToolkit.Host.Reports.Bundle;

/// <summary>How much of the logs a bundle carries: the end of each file (where the latest attempt is), and a total that
/// keeps a bundle small enough to mail or upload.</summary>
public static class BundleLimits
{
    /// <summary>The last 32 MiB of each log.</summary>
    public const long PerFileBytes = 32L * 1024 * 1024;

    /// <summary>256 MiB of logs in all; logs past that are listed in the manifest as left out.</summary>
    public const long TotalBytes = 256L * 1024 * 1024;
}
