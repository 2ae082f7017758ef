namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The wutk checks that look into an error code's likely causes and the fixes that address them, so that a
/// finding in a log points at what to run next. Only obvious pairings are listed: a code that many causes share
/// (access denied, a generic setup failure) points nowhere rather than somewhere misleading.
/// </summary>
internal static class CodeHints
{
    public const string NetworkEndpoints = "network.endpoints";
    public const string NetworkProxy = "network.proxy";
    public const string DiskFreeSpace = "disk.free-space";
    public const string DiskUpgradeSpace = "disk.upgrade-space";
    public const string DiskCleanup = "disk.cleanup";
    public const string UpdateServices = "services.update-services";
    public const string RestoreServiceDefaults = "services.restore-defaults";
    public const string SoftwareDistribution = "cache.software-distribution";
    public const string ResetDownloadCache = "cache.reset-download";

    private static readonly string[] None = [];
    private static readonly string[] Network = [NetworkEndpoints, NetworkProxy];
    private static readonly string[] Space = [DiskFreeSpace, DiskUpgradeSpace];
    private static readonly string[] Cleanup = [DiskCleanup];
    private static readonly string[] Services = [UpdateServices];
    private static readonly string[] ServiceDefaults = [RestoreServiceDefaults];
    private static readonly string[] DownloadCache = [SoftwareDistribution];
    private static readonly string[] ResetDownload = [ResetDownloadCache];
    private static readonly string[] Endpoints = [NetworkEndpoints];
    private static readonly string[] Proxy = [NetworkProxy];

    /// <summary>Checks that look into the causes of <paramref name="code"/>.</summary>
    public static IReadOnlyList<string> ChecksFor(uint code) => Classify(code) switch
    {
        Kind.Network or Kind.Download => Network,
        Kind.Forbidden or Kind.Trust => Proxy,
        Kind.DiskSpace => Space,
        Kind.ServiceDisabled => Services,
        Kind.DownloadCache => DownloadCache,
        Kind.SourceMissing => Endpoints,
        _ => None,
    };

    /// <summary>Fixes that address the causes of <paramref name="code"/>.</summary>
    public static IReadOnlyList<string> FixesFor(uint code) => Classify(code) switch
    {
        Kind.DiskSpace => Cleanup,
        Kind.ServiceDisabled => ServiceDefaults,
        Kind.Download or Kind.Trust or Kind.DownloadCache => ResetDownload,
        _ => None,
    };

    /// <summary>The family a code belongs to, which decides the hints (and some rules' wording).</summary>
    public static Kind Classify(uint code) => code switch
    {
        // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL, and Setup's own down-level disk-space results.
        0x80070070 or 0x80070027 or 0xC190020E or 0xC190020C or 0xC1900211 or 0xC1900212 or 0xC19001DF => Kind.DiskSpace,
        0x80070422 => Kind.ServiceDisabled,
        0x800F081F or 0x800F0906 or 0x800F0907 or 0x800F0950 => Kind.SourceMissing,
        0x80096010 or 0x80096004 or 0x800B0100 or 0x800B0109 or 0x80092004 => Kind.Trust,
        0x80190193 or 0x80244018 => Kind.Forbidden,
        // A wrong clock or a TLS interception breaks the secure channel; no check looks at either yet.
        0x80072F8F => Kind.Clock,
        0x80072F8D or 0x80072F05 or 0x80072F06 => Kind.Clock,
        0x800704C7 or 0x8024000B => Kind.Cancelled,
        0x80073712 or 0x800F0831 or 0x800F0922 or 0x8007000D => Kind.Servicing,
        // WinHTTP/WinINet transport errors (12001–12175) and the agent's protocol-talker (WU_E_PT_*) codes.
        >= 0x80072EE1 and <= 0x80072F8E => Kind.Network,
        >= 0x80244000 and <= 0x80244FFF => Kind.Network,
        // HTTP statuses that BITS reports (0x8019xxxx), BITS (0x8020xxxx) and Delivery Optimization (0x80D0xxxx).
        >= 0x80190000 and <= 0x801901FF => Kind.Network,
        >= 0x80200000 and <= 0x8020FFFF => Kind.Download,
        >= 0x80D00000 and <= 0x80D0FFFF => Kind.Download,
        // The agent's download manager (WU_E_DM_*): the payload in SoftwareDistribution is missing or unusable.
        >= 0x80246000 and <= 0x80246FFF => Kind.DownloadCache,
        _ => Kind.Other,
    };

    /// <summary>Families of codes.</summary>
    internal enum Kind
    {
        Other,
        Network,
        Download,
        DownloadCache,
        Forbidden,
        Trust,
        Clock,
        DiskSpace,
        ServiceDisabled,
        SourceMissing,
        Cancelled,
        Servicing,
    }
}
