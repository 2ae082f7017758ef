using System.Composition;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Plugins.ErrorCodes.Resources;
using C = WuToolkit.Plugins.ErrorCodes.CheckIds;
using F = WuToolkit.Plugins.ErrorCodes.FixIds;

namespace WuToolkit.Plugins.ErrorCodes;

/// <summary>
/// Windows Setup result codes of feature upgrades (0xC19001xx, 0xC19002xx, 0xC19004xx). The extend code that often
/// follows 0xC1900101 is decoded by the host, not listed here. Meanings and causes are in Resources/SetupCodes.resx
/// under each code's name.
/// </summary>
[ExportErrorCatalog("codes.setup", "Windows Setup and feature upgrades (MOSETUP_E_*)")]
public sealed class SetupCatalog : IErrorCatalog
{
    private static readonly CodeRow[] Rows =
    [
        // Documented by Microsoft among setup results, but without a symbolic name.
        new(0xC1800118, "", Key: "Code_C1800118"),
        new(0xC1900100, "MOSETUP_E_VERSION_MISMATCH"),
        new(0xC1900101, "MOSETUP_E_SETUP_PLATFORM", [C.ThirdPartyServices, C.DiskUpgradeSpace, C.Storage], [F.EnterCleanBoot, F.DiskCleanup]),
        new(0xC1900102, "MOSETUP_E_SHUTDOWN_BLOCK"),
        new(0xC1900103, "MOSETUP_E_COMPAT_TIMEOUT"),
        new(0xC1900104, "MOSETUP_E_PROCESS_TIMEOUT"),
        new(0xC1900105, "MOSETUP_E_TEST_MODE"),
        new(0xC1900106, "MOSETUP_E_TERMINATE_PROCESS"),
        new(0xC1900107, "MOSETUP_E_CLEANUP_PENDING", [C.PendingReboot]),
        new(0xC1900108, "MOSETUP_E_REPORTING"),
        new(0xC1900109, "MOSETUP_E_COMPAT_TERMINATE"),
        new(0xC190010A, "MOSETUP_E_UNKNOWN_CMD_LINE"),
        new(0xC190010B, "MOSETUP_E_INSTALL_IMAGE_NOT_FOUND"),
        new(0xC190010C, "MOSETUP_E_AUTOMATION_INVALID"),
        new(0xC190010D, "MOSETUP_E_INVALID_CMD_LINE"),
        new(0xC190010E, "MOSETUP_E_EULA_ACCEPT_REQUIRED"),
        new(0xC1900110, "MOSETUP_E_EULA_CANCEL"),
        new(0xC1900111, "MOSETUP_E_ADVERTISE_CANCEL"),
        new(0xC1900112, "MOSETUP_E_TARGET_DRIVE_NOT_FOUND"),
        new(0xC1900113, "MOSETUP_E_EULA_DECLINED"),
        new(0xC190011E, "MOSETUP_E_FLIGHTING_BVT"),
        new(0xC190011F, "MOSETUP_E_PROCESS_CRASHED"),
        new(0xC1900120, "MOSETUP_E_EULA_TIMEOUT"),
        new(0xC1900121, "MOSETUP_E_ADVERTISE_TIMEOUT"),
        new(0xC1900122, "MOSETUP_E_DOWNLOADDISKSPACE_TIMEOUT", [C.DiskUpgradeSpace], [F.DiskCleanup]),
        new(0xC1900123, "MOSETUP_E_INSTALLDISKSPACE_TIMEOUT", [C.DiskUpgradeSpace], [F.DiskCleanup]),
        new(0xC1900124, "MOSETUP_E_COMPAT_SYSREQ_TIMEOUT", [C.Memory, C.Storage, C.Firmware]),
        new(0xC1900125, "MOSETUP_E_COMPAT_DOWNLOADREQ_TIMEOUT"),
        new(0xC1900126, "MOSETUP_E_GATHER_OS_STATE_SIGNATURE"),
        new(0xC1900127, "MOSETUP_E_UNINSTALL_ALLOWED_ABORT"),
        new(0xC1900128, "MOSETUP_E_MISSING_TASK"),
        new(0xC1900129, "MOSETUP_E_UPDATEMEDIA_REQUESTED"),
        new(0xC190012F, "MOSETUP_E_FINALIZE_ALREADY_REQUESTED"),
        new(0xC1900130, "MOSETUP_E_INSTALL_HASH_MISSING"),
        new(0xC1900131, "MOSETUP_E_INSTALL_HASH_MISMATCH"),
        new(0xC19001DF, "MOSETUP_E_DISK_FULL", [C.DiskUpgradeSpace], [F.DiskCleanup]),
        new(0xC19001E0, "MOSETUP_E_GATHER_OS_STATE_FAILED"),
        new(0xC19001E1, "MOSETUP_E_PROCESS_SUSPENDED"),
        new(0xC19001E2, "MOSETUP_E_PREINSTALL_SCRIPT_FAILED"),
        new(0xC19001E3, "MOSETUP_E_PRECOMMIT_SCRIPT_FAILED"),
        new(0xC19001E4, "MOSETUP_E_FAILURE_SCRIPT_FAILED"),
        new(0xC19001E5, "MOSETUP_E_SCRIPT_TIMEOUT"),
        new(0xC1900200, "MOSETUP_E_COMPAT_SYSREQ_BLOCK", [C.Memory, C.Storage, C.Firmware]),
        new(0xC1900201, "MOSETUP_E_COMPAT_SYSREQ_CANCEL", [C.Memory, C.Storage, C.Firmware]),
        new(0xC1900202, "MOSETUP_E_COMPAT_DOWNLOADREQ_BLOCK", [C.Memory, C.Storage, C.Firmware]),
        new(0xC1900203, "MOSETUP_E_COMPAT_DOWNLOADREQ_CANCEL"),
        new(0xC1900204, "MOSETUP_E_COMPAT_MIGCHOICE_BLOCK"),
        new(0xC1900205, "MOSETUP_E_COMPAT_MIGCHOICE_CANCEL"),
        new(0xC1900206, "MOSETUP_E_COMPAT_DEVICEREQ_BLOCK", [C.ThirdPartyServices]),
        new(0xC1900207, "MOSETUP_E_COMPAT_DEVICEREQ_CANCEL"),
        new(0xC1900208, "MOSETUP_E_COMPAT_INSTALLREQ_BLOCK", [C.ThirdPartyServices], [F.EnterCleanBoot]),
        new(0xC1900209, "MOSETUP_E_COMPAT_INSTALLREQ_CANCEL", [C.ThirdPartyServices]),
        new(0xC190020A, "MOSETUP_E_COMPAT_RECOVERYREQ_BLOCK"),
        new(0xC190020B, "MOSETUP_E_COMPAT_RECOVERYREQ_CANCEL"),
        new(0xC190020C, "MOSETUP_E_DOWNLOADDISKSPACE_BLOCK", [C.DiskUpgradeSpace, C.DiskFreeSpace], [F.DiskCleanup]),
        new(0xC190020D, "MOSETUP_E_DOWNLOADDISKSPACE_CANCEL", [C.DiskUpgradeSpace], [F.DiskCleanup]),
        new(0xC190020E, "MOSETUP_E_INSTALLDISKSPACE_BLOCK", [C.DiskUpgradeSpace, C.Storage], [F.DiskCleanup]),
        new(0xC190020F, "MOSETUP_E_INSTALLDISKSPACE_CANCEL", [C.DiskUpgradeSpace], [F.DiskCleanup]),
        new(0xC1900210, "MOSETUP_E_COMPAT_SCANONLY"),
        new(0xC1900211, "MOSETUP_E_DOWNLOAD_UNPACK_DISKSPACE_BLOCK", [C.DiskUpgradeSpace], [F.DiskCleanup]),
        new(0xC1900212, "MOSETUP_E_DOWNLOAD_UNPACK_DISKSPACE_MULTIARCH_BLOCK", [C.DiskUpgradeSpace], [F.DiskCleanup]),
        new(0xC1900213, "MOSETUP_E_NO_OFFER_FOUND"),
        new(0xC1900214, "MOSETUP_E_UNSUPPORTED_VERSION"),
        new(0xC1900215, "MOSETUP_E_NO_MATCHING_INSTALL_IMAGE"),
        new(0xC1900216, "MOSETUP_E_ROLLBACK_PENDING", [C.PendingReboot]),
        new(0xC1900220, "MOSETUP_E_COMPAT_REPORT_NOT_DISPLAYED"),
        new(0xC1900400, "MOSETUP_E_UA_VERSION_MISMATCH"),
        new(0xC1900401, "MOSETUP_E_UA_NO_PACKAGES_TO_DOWNLOAD"),
        new(0xC1900402, "MOSETUP_E_UA_UPDATE_CANNOT_BE_MERGED"),
        new(0xC1900403, "MOSETUP_E_UA_CORRUPT_PAYLOAD_FILES", [C.SoftwareDistribution, C.NetworkProxy], [F.ResetDownload]),
        new(0xC1900404, "MOSETUP_E_UA_BOX_NOT_FOUND"),
        new(0xC1900405, "MOSETUP_E_UA_BOX_CRASHED"),
    ];

    private readonly CodeTable _table = new(Rows, SetupCodes.ResourceManager);

    public IReadOnlyList<ErrorCode> Codes => _table.Codes;
}
