namespace WuToolkit.Plugins.Cache.Fixes;

/// <summary>The security descriptors Microsoft's reset procedure gives BITS and Windows Update (<c>sc.exe sdset</c>):
/// the system and administrators control them, authenticated users may query them, interactive users may also start
/// them. A descriptor changed by a "hardening" tool or malware makes the services refuse to start with access denied.</summary>
internal static class ServiceSecurity
{
    public const string DefaultSddl =
        "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;BA)(A;;CCLCSWLOCRRC;;;AU)(A;;CCLCSWRPWPDTLOCRRC;;;PU)";

    /// <summary>The services whose descriptor the procedure restores.</summary>
    public static IReadOnlyList<string> Services { get; } = ["BITS", "wuauserv"];
}
