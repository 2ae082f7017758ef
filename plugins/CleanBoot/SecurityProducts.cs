namespace WuToolkit.Plugins.CleanBoot;

/// <summary>
/// The curated table of software that interferes with updates. Security suites scan or lock the files that
/// servicing replaces (SoftwareDistribution, WinSxS, catroot2) through file-system filter drivers and
/// self-protection, which surfaces as access-denied and rollback errors (0x80070005, 0x800F0922, 0x8024200D) that
/// go away with a clean boot. Disk filters undo every change at restart, so an update "installs" and is offered
/// again forever. Microsoft Defender is not here: Windows services it together with the update.
/// </summary>
internal static class SecurityProducts
{
    public static IReadOnlyList<SecurityProduct> All { get; } =
    [
        // Endpoint Security and LiveSafe: mfemms, mfefire, mfevtp, McAfee* services. Its access protection has
        // blocked the cryptographic service's catroot2 and setup's temporary files.
        new("McAfee", ["mfe", "McAfee"], ["McAfee"]),

        // Norton 360 and Symantec Endpoint Protection (SepMasterService); both filter file and network access.
        new("Norton / Symantec", ["Norton", "Symantec", "SepMasterService"], ["Norton", "NortonLifeLock", "Symantec"]),

        // Avast and AVG share one engine (avast: AvastSvc, aswbIDSAgent; AVG: AVGSvc); its self-defense has held
        // files under WinSxS during feature upgrades.
        new("Avast / AVG", ["avast", "aswbIDSAgent", "AVG"], ["Avast", "AVG"]),

        // Kaspersky runs as AVP (or AVP21.3, with the version): its system watcher and self-defense hook servicing.
        new("Kaspersky", ["AVP", "klnagent"], ["Kaspersky"]),

        // ESET's kernel service ekrn filters every file write, including the component store's.
        new("ESET", ["ekrn"], ["ESET"]),

        // Sophos Endpoint (SAVService, Sophos* services) and its HitmanPro.Alert exploit guard (hmpalertsvc).
        new("Sophos", ["Sophos", "SAVService", "hmpalertsvc"], ["Sophos"]),

        // Bitdefender (bdservicehost, vsserv, EPSecurityService for GravityZone).
        new("Bitdefender", ["bdservicehost", "vsserv", "EPSecurityService"], ["Bitdefender"]),

        // Malwarebytes (MBAMService): its ransomware protection has quarantined setup's files mid-upgrade.
        new("Malwarebytes", ["MBAMService"], ["Malwarebytes"]),

        // Trend Micro Apex One and Maximum Security (ntrtscan, TmCCSF, Amsp).
        new("Trend Micro", ["ntrtscan", "TmCCSF", "Amsp"], ["Trend Micro"]),

        // Webroot SecureAnywhere (WRSVC, WRCoreService): a thin client that still filters file writes.
        new("Webroot", ["WRSVC", "WRCoreService"], ["Webroot"]),

        // Deep Freeze (DFServ) discards every change at restart while frozen: updates install and vanish.
        new("Deep Freeze", ["DFServ"], ["Deep Freeze", "Faronics"]),
    ];
}
