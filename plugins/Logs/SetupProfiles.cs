using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// SetupDiag's 64 rules (profiles), as its documentation (version 1.7) lists them, each with the cause it names and the
/// checks and fixes of wutk that apply: what <see cref="SetupDiagResultRule"/> says of a SetupDiag verdict, and what the
/// rules that read Setup's own logs say of the same cause. docs/setupdiag-parity.md says which wutk rule finds each from
/// the raw logs.
/// </summary>
internal static class SetupProfiles
{
    // Check and fix ids of the bundled plugins (and fixes being built beside them); spelled out, as a plugin
    // references only the SDK.
    private const string DiskUpgradeSpace = "disk.upgrade-space";
    private const string DiskFreeSpace = "disk.free-space";
    private const string DiskCleanup = "disk.cleanup";
    private const string ReservedPartition = "upgrade.reserved-partition";
    private const string BitLocker = "upgrade.bitlocker";
    private const string EditionLanguage = "upgrade.edition-language";
    private const string Firmware = "upgrade.firmware";
    private const string Processor = "upgrade.processor";
    private const string Memory = "upgrade.memory";
    private const string Storage = "upgrade.storage";
    private const string DiskLayout = "upgrade.disk-layout";
    private const string Appraiser = "upgrade.appraiser";
    private const string OptionalFeatures = "upgrade.optional-features";
    private const string Devices = "health.devices";
    private const string Graphics = "upgrade.graphics";
    private const string ComponentStore = "health.component-store";
    private const string ThirdPartyServices = "cleanboot.third-party-services";
    private const string SecurityProducts = "cleanboot.security-products";
    private const string SoftwareDistribution = "cache.software-distribution";
    private const string FastStartup = "upgrade.fast-startup";
    private const string CleanBoot = "cleanboot.enter";
    private const string RestoreHealth = "health.restore-health";
    private const string Sfc = "health.sfc";
    private const string ResetDownload = "cache.reset-download";
    private const string ResetComponents = "cache.reset-components";
    private const string DisableBlockingFeatures = "upgrade.disable-blocking-features";
    private const string DisableFastStartup = "upgrade.disable-fast-startup";
    private const string RestoreServiceDefaults = "services.restore-defaults";

    private static readonly string[] None = [];

    private static readonly SetupCause[] Ordered =
    [
        Info("CompatScanOnly"),
        Failure("PlugInComplianceBlock"),
        Failure("BitLockerHardblock", [BitLocker, EditionLanguage]),
        Failure("VHDHardblock"),
        Failure("PortableWorkspaceHardblock"),
        Failure("AuditModeHardblock"),
        Failure("SafeModeHardblock"),
        Failure("InsufficientSystemPartitionDiskSpaceHardblock", [ReservedPartition, DiskLayout]),
        Failure("CompatBlockedApplicationAutoUninstall", [Appraiser]),
        Failure("CompatBlockedApplicationDismissable", [Appraiser]),
        Failure("CompatBlockedFODDismissable", [OptionalFeatures], [DisableBlockingFeatures]),
        Failure("CompatBlockedApplicationManualUninstall", [Appraiser]),
        Failure("GenericCompatBlock", [Firmware, Processor, Memory, Storage, DiskLayout]),
        Failure("GatedCompatBlock", [Appraiser]),
        Failure("HardblockDeviceOrDriver", [Devices, Graphics]),
        Failure("HardblockMismatchedLanguage", [EditionLanguage]),
        Failure("HardblockFlightSigning", [Firmware]),
        Failure("DiskSpaceBlockInDownLevel", [DiskUpgradeSpace, DiskFreeSpace], [DiskCleanup]),
        Failure("DiskSpaceFailure", [DiskUpgradeSpace, DiskFreeSpace], [DiskCleanup]),
        Failure("PreReleaseWimMountDriverFound", [ThirdPartyServices]),
        Failure("DebugSetupMemoryDump", [Devices, SecurityProducts], [CleanBoot]),
        Failure("DebugSetupCrash", [SecurityProducts], [CleanBoot]),
        Failure("DebugMemoryDump", [Devices]),
        Failure("DeviceInstallHang", [Devices, Graphics], [CleanBoot, DisableFastStartup]),
        Failure("DriverPackageMissingFileFailure", [Devices]),
        Failure("UnsignedDriverBootFailure", [Devices]),
        Failure("BootFailureDetected", [Devices, SecurityProducts, BitLocker], [CleanBoot, DisableFastStartup]),
        Failure("WinSetupBootFilterFailure", [SecurityProducts, ThirdPartyServices], [CleanBoot]),
        Failure("FindDebugInfoFromRollbackLog", [Devices, SecurityProducts], [CleanBoot]),
        Failure("AdvancedInstallerFailed", [ComponentStore, OptionalFeatures], [RestoreHealth, DisableBlockingFeatures]),
        Failure("AdvancedInstallerPluginInstallFailed", [OptionalFeatures, ComponentStore], [DisableBlockingFeatures, RestoreHealth]),
        Failure("AdvancedInstallerGenericFailure", [ComponentStore, SecurityProducts], [RestoreHealth, CleanBoot]),
        Failure("FindMigApplyUnitFailure", [ThirdPartyServices], [CleanBoot]),
        Failure("FindMigGatherUnitFailure", [ThirdPartyServices], [CleanBoot]),
        Failure("FindMigGatherApplyFailure"),
        Failure("OptionalComponentFailedToGetOCsFromPackage", [ComponentStore, OptionalFeatures], [RestoreHealth, DisableBlockingFeatures]),
        Failure("OptionalComponentOpenPackageFailed", [ComponentStore, OptionalFeatures], [RestoreHealth, RestoreServiceDefaults]),
        Failure("OptionalComponentInitCBSSessionFailed", [ComponentStore], [RestoreHealth, Sfc, ResetComponents]),
        Failure("CriticalSafeOSDUFailure"),
        Failure("UserProfileCreationFailureDuringOnlineApply"),
        Failure("UserProfileCreationFailureDuringFinalize"),
        Failure("UserProfileSuffixMismatch"),
        Failure("DuplicateUserProfileFailure"),
        Failure("WimMountFailure", [ThirdPartyServices]),
        Failure("WimMountDriverIssue", [ThirdPartyServices], [Sfc]),
        Failure("WimApplyExtractFailure"),
        Failure("UpdateAgentExpanderFailure", [SoftwareDistribution, DiskUpgradeSpace], [ResetDownload]),
        Failure("FindFatalPluginFailure", [SecurityProducts, ThirdPartyServices], [CleanBoot]),
        Failure("MigrationAbortedDueToPluginFailure", [SecurityProducts, ThirdPartyServices], [CleanBoot]),
        Failure("DISMAddPackageFailed", [ComponentStore], [RestoreHealth]),
        Failure("DISMImageSessionFailure", [SecurityProducts], [CleanBoot, Sfc]),
        Failure("DISMproviderFailure", [ComponentStore], [RestoreHealth]),
        Failure("SysPrepLaunchModuleFailure"),
        Failure("UserProvidedDriverInjectionFailure"),
        Failure("DriverMigrationFailure", [Devices]),
        Failure("UnknownDriverMigrationFailure", [Devices]),
        Info("FindSuccessfulUpgrade"),
        Failure("FindSetupHostReportedFailure"),
        Failure("FindDownlevelFailure", [DiskUpgradeSpace, SecurityProducts], [CleanBoot]),
        Failure("FindAbruptDownlevelFailure", [FastStartup, SecurityProducts], [CleanBoot]),
        Failure("FindEarlyDownlevelError"),
        Failure("FindSPFatalError"),
        Failure("FindSetupPlatformFailedOperationInfo"),
        Failure("FindRollbackFailure", [Devices, SecurityProducts], [CleanBoot]),
    ];

    private static readonly Dictionary<string, SetupCause> ByProfile = Ordered.ToDictionary(cause => cause.Profile, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every profile SetupDiag 1.7 documents, in its documentation's order.</summary>
    public static IReadOnlyList<SetupCause> All => Ordered;

    /// <summary>The cause SetupDiag's profile names, or null for a profile it did not document.</summary>
    public static SetupCause? Find(string profile) => ByProfile.GetValueOrDefault(profile);

    /// <summary>The cause of a profile this plugin knows (a typo in a rule is a bug, found by its tests).</summary>
    public static SetupCause Of(string profile) =>
        Find(profile) ?? throw new ArgumentException($"{profile} is no SetupDiag rule", nameof(profile));

    private static SetupCause Failure(string profile, string[]? checks = null, string[]? fixes = null) =>
        new(profile, FindingSeverity.Failure, checks ?? None, fixes ?? None);

    private static SetupCause Info(string profile) => new(profile, FindingSeverity.Info, None, None);
}
