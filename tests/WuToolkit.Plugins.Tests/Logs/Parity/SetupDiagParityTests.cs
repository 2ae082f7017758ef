using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;
using static WuToolkit.Plugins.Tests.Logs.Parity.SetupLog;

namespace WuToolkit.Plugins.Tests.Logs.Parity;

/// <summary>
/// Every SetupDiag rule (profile) that Setup's logs can show, found from the raw logs: for each, the lines Setup writes for
/// that cause (docs/setupdiag-parity.md says where each line's wording comes from), analysed by the whole bundled plugin,
/// must give a finding of the wutk rule the parity table names, saying the cause with what SetupDiag's rule names (the
/// app, driver, unit, object, package, profile, dump) and SetupDiag's remedy. Success and a scan that found nothing are
/// verdicts, not failures.
/// </summary>
public class SetupDiagParityTests
{
    /// <summary>One covered SetupDiag rule: the files that show its cause, the wutk rule that names it, and words it names.</summary>
    public sealed record Shown(string Rule, FindingSeverity Severity, string Names, params (string Name, string? Content)[] Files)
    {
        public override string ToString() => Rule;
    }

    private const string Act = "setupact.log";
    private const string Panther = @"Panther\";

    private static (string, string?) SetupAct(params (string, string, string)[] lines) => (Act, SetupLog.Act(lines));

    private static (string, string?) Compat(string items) => ("CompatData_2023_10_05_23_27_00_3_00000000.xml", CompatData(items));

    private static string Hardware(string type) =>
        $"""<Hardware><HardwareItem HardwareType="{type}"><CompatibilityInfo BlockingType="Hard"/></HardwareItem></Hardware>""";

    private static (string, string, string) CmdLine(string arguments) =>
        ("Info", "MOUPG", $"SetupHost::Initialize: CmdLine                = [{arguments}]");

    /// <summary>The covered rules, by SetupDiag's rule name.</summary>
    public static readonly Dictionary<string, Shown> Cases = new(StringComparer.Ordinal)
    {
        ["CompatScanOnly"] = new(SetupResultRule.Id, FindingSeverity.Info, "compatibility scan only",
            SetupAct(CmdLine("/Auto Upgrade /Quiet /Compat ScanOnly /NoReboot"),
                ("Info", "MOUPG", "InitializeRoutine: MOSETUP_ACTION_IMAGE_EXIT"),
                ("Info", "MOUPG", "ImageExit: Initializing SetupResult: [0xc1900210]"),
                ("Info", "MOUPG", "ImageExit: Initializing Extended:    [0x0]"))),
        ["PlugInComplianceBlock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Setup_ServerComplianceCheck",
            Compat(Hardware("Setup_ServerComplianceCheck"))),
        ["BitLockerHardblock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "BitLocker", Compat(Hardware("Setup_BitlockerNoTargetSupport"))),
        ["VHDHardblock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "virtual hard disk", Compat(Hardware("Setup_VHDBoot"))),
        ["PortableWorkspaceHardblock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Windows To Go", Compat(Hardware("Setup_PortableWorkspace"))),
        ["AuditModeHardblock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "audit mode", Compat(Hardware("Setup_AuditMode"))),
        ["SafeModeHardblock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Safe Mode", Compat(Hardware("Setup_SafeMode"))),
        ["InsufficientSystemPartitionDiskSpaceHardblock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "system partition",
            Compat(Hardware("Setup_InsufficientSystemPartitionDiskSpace"))),
        ["CompatBlockedApplicationAutoUninstall"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Contoso VPN Client 4.2",
            Compat("""<Programs><Program Name="Contoso VPN Client 4.2" Id="{6f1e2a3b-0000-4000-8000-000000000001}"><CompatibilityInfo BlockingType="Hard" StatusDetail="Uninstall"/><Action Name="Uninstall" ResolveState="NotRun"/></Program></Programs>""")),
        ["CompatBlockedApplicationDismissable"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Some Wallpaper Apps may be incompatible",
            Compat("""<Programs><Program Name="Some Wallpaper Apps may be incompatible" Id="{3eb4353f-e9c5-44b4-97c6-a07df49c5803}" DefaultIcon="True"><CompatibilityInfo BlockingType="Hard" StatusDetail="WarnUpgrade" Message="Your PC has an app that changes the Window Desktop or Wallpaper and it may be incompatible with this version of Windows."/><Link Target="https://go.microsoft.com/fwlink/?LinkId=2311650" Value="Learn More"/><Action Name="Dismiss" Link="wsc:wica:_{3eb4353f-e9c5-44b4-97c6-a07df49c5803}" DisplayStyle="Link" ResolveState="NotRun"/></Program></Programs>""")),
        ["CompatBlockedFODDismissable"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Feature on Demand", Compat(Hardware("Setup_FeaturesOnDemandDetected"))),
        ["CompatBlockedApplicationManualUninstall"] = new(AppraiserBlockRule.Id, FindingSeverity.Failure, @"c:\program files\contoso\agent\contosohook.dll",
            ("PC42_APPRAISER_HumanReadable.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <WicaRun><Assets>
                <Asset><PropertyList Type="DataSource"><Property Name="LowerCaseLongPathUnexpanded" Value="c:\program files\contoso\agent\contosohook.dll"/></PropertyList>
                <PropertyList Type="DecisionMaker"><Property Name="DT_ANY_FMC_BlockingApplication" Value="TRUE"/></PropertyList></Asset>
                </Assets></WicaRun>
                """)),
        ["GenericCompatBlock"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Setup_SecureBoot", Compat(Hardware("Setup_SecureBoot"))),
        ["GatedCompatBlock"] = new(AppraiserBlockRule.Id, FindingSeverity.Failure, "safeguard hold 40667045",
            ("PC42_APPRAISER_HumanReadable.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <WicaRun><Assets>
                <Asset><PropertyList Type="DataSource"><Property Name="SdbAppName" Value="Intel Display Audio"/><Property Name="SdbBlockType" Value="GatedBlock"/><Property Name="SdbAppraiserData_GatedBlockId" Value="40667045"/></PropertyList></Asset>
                </Assets></WicaRun>
                """)),
        ["HardblockDeviceOrDriver"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Legacy Scanner",
            Compat("""<Devices><Device Name="Legacy Scanner" Class="Image"><CompatibilityInfo BlockingType="Hard"/></Device></Devices>""")),
        ["HardblockMismatchedLanguage"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "another language", Compat(Hardware("Setup_MismatchedLanguage"))),
        ["HardblockFlightSigning"] = new(SetupCompatBlockRule.Id, FindingSeverity.Failure, "Secure Boot", Compat(Hardware("Setup_FlightSigningEnabled"))),
        ["DiskSpaceBlockInDownLevel"] = new(SetupDiskSpaceRule.Id, FindingSeverity.Failure, "before its first restart",
            SetupAct(("Error", "MOUPG", "CDlpActionDiskSpace::ExecuteRoutine(1128): Result = 0xC190020E"),
                ("Error", "MOUPG", "CSetupManager::ExecuteDownlevelMode(410): Result = 0xC190020E"),
                ("Info", "MOUPG", "Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]"))),
        ["DiskSpaceFailure"] = new(SetupDiskSpaceRule.Id, FindingSeverity.Failure, "after the first restart",
            SetupAct(("Info", "SP", "Execution phase [Safe OS] exiting with HRESULT [0x00000000]"),
                ("Error", "SP", "CDiskSpaceCheck: Not enough space on the system drive. Error: 0x80070070"))),
        ["PreReleaseWimMountDriverFound"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "wimmount.sys",
            SetupAct(("Error", "SP", "CWimMountDriver::Validate: an unrecognized (pre-release) version of wimmount.sys is registered. Error: 0x80070032"))),
        ["DebugSetupMemoryDump"] = new(MemoryDumpRule.Id, FindingSeverity.Failure, "setupmem.dmp", (@"$WINDOWS.~BT\Sources\Rollback\setupmem.dmp", "PAGEDU64")),
        ["DebugSetupCrash"] = new(MemoryDumpRule.Id, FindingSeverity.Failure, "SetupHost.exe.4412.dmp", (@"$WINDOWS.~BT\Sources\Panther\SetupHost.exe.4412.dmp", "MDMP")),
        ["DebugMemoryDump"] = new(MemoryDumpRule.Id, FindingSeverity.Warning, "MEMORY.DMP", ("MEMORY.DMP", "PAGEDU64")),
        ["DeviceInstallHang"] = new(SetupDriverFailureRule.Id, FindingSeverity.Failure, "0x30018",
            SetupAct(("Info", "SP", "Current result: 0xC1900101"),
                ("Error", "MOUPG", "MoSetupPlatform: ReportResult: Result = 0xC1900101 - 0x30018"))),
        ["DriverPackageMissingFileFailure"] = new(SetupApiDriverRule.Id, FindingSeverity.Failure, "oem12.inf",
            (@"$WINDOWS.~BT\Sources\Rollback\setupapi\setupapi.offline.20231005_232700.log", """
                [Device Install Log]
                     OS Version = 10.0.22621

                >>>  [Setup Import Driver Package - C:\Windows\System32\DriverStore\FileRepository\rt640x64.inf_amd64_1\oem12.inf]
                >>>  Section start 2023/10/05 23:27:01.123
                     sto: {Copy Driver Package: oem12.inf} 23:27:01.200
                !!!  flq: Error installing file (0x00000002)
                !!!  flq: Error 2: The system cannot find the file specified.
                !!!  flq:      SourceFile   - 'C:\Windows\System32\DriverStore\FileRepository\rt640x64.inf_amd64_1\rt640x64.sys'
                <<<  Section end 2023/10/05 23:27:01.500
                <<<  [Exit status: FAILURE(0x80070002)]
                """)),
        ["UnsignedDriverBootFailure"] = new(SetupApiDriverRule.Id, FindingSeverity.Failure, "oem7.inf",
            (@"$WINDOWS.~BT\Sources\Rollback\setupapi\setupapi.offline.20231005_232700.log", """
                >>>  [Setup Import Driver Package - C:\Windows\INF\oem7.inf]
                >>>  Section start 2023/10/05 23:27:02.000
                     sig: {_VERIFY_FILE_SIGNATURE} 23:27:02.100
                !!!  sig:                Verifying file against specific (valid) catalog failed! (0x800b0109)
                !!!  sig:                Error 0xe0000242: The publisher of an Authenticode(tm) signed catalog has not yet been established as trusted.
                <<<  Section end 2023/10/05 23:27:02.300
                <<<  [Exit status: FAILURE(0xe0000242)]
                """)),
        ["BootFailureDetected"] = new(SetupDriverFailureRule.Id, FindingSeverity.Failure, "0x20017",
            SetupAct(("Error", "MOUPG", "MoSetupPlatform: ReportResult: Result = 0xC1900101-0x20017"))),
        ["WinSetupBootFilterFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "boot-time file filter",
            SetupAct(("Error", "SP", "CBootFilter::Start: WinSetupMon failed to start. Error: 0x80070241"))),
        ["FindDebugInfoFromRollbackLog"] = new(SetupRollbackRule.Id, FindingSeverity.Failure, "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED",
            SetupAct(("Info", "SP", "Initiating rollback/uninstall, phase = 0"),
                ("Info", "SP", "Current phase string : SafeOS,Start"),
                ("Info", "SP", "Current op string    : 44,end"),
                ("Info", "SP", "Current result string: 3247440129"),
                ("Info", "SP", "Current bugcheck string: 0x0000007e,0xffffffffc0000005,0xfffff80012345678,0xffff8a8000000000"),
                ("Info", "SP", "Current result: 0xC1900101"))),
        ["AdvancedInstallerFailed"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "HTTP Installer",
            SetupAct(("Error      [0x01803e]", "CSI", "00000e64 (F) Failed execution of queue item Installer: HTTP Installer ({c5b6e4b2-8f3a-4d36-9a5b-6d2d6b3f7e10}) with HRESULT HRESULT_FROM_WIN32(1058).  Failure will not be ignored: A rollback will be initiated after all the operations in the installer queue are completed; installer is reliable[gle=0x80004005]"))),
        ["AdvancedInstallerPluginInstallFailed"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "Language Pack",
            SetupAct(("Error      [0x018007]", "CSI", "00000052 (F) Failed execution of queue item Installer: Language Pack ({3d07d150-2f3d-4184-9793-d0fd59b0c885}) with HRESULT HRESULT_FROM_WIN32(14109). Failure will not be ignored: A rollback will be initiated after all the operations in the installer queue are completed; installer is reliable (2)[gle=0x80004005]"))),
        ["AdvancedInstallerGenericFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "Generic Command",
            SetupAct(("Error [0x018007]", "CSI", "00000052 (F) Failed execution of queue item Installer: Generic Command ({81a34a10-4256-436a-89d6-794b97ca407c}) with HRESULT HRESULT_FROM_WIN32(14109). Failure will not be ignored: A rollback will be initiated after all the operations in the installer queue are completed; installer is reliable (2)[gle=0x80004005]"))),
        ["FindMigApplyUnitFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, @"<System>\UpgradeFramework (CMXEAgent)",
            SetupAct(("Info [0x0802c6]", "MIG", @"Processing APPLY for migration unit: <System>\UpgradeFramework (CMXEAgent)"),
                ("Error", "", "Apply failed. Last error: 0x00000000"),
                ("Error", "SP", "SPDoFrameworkApply: Apply operation failed. Error: 0x0000002C"))),
        ["FindMigGatherUnitFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, @"<System>\UpgradeFramework (CMXEAgent)",
            SetupAct(("Info [0x0802c6]", "MIG", @"Processing GATHER for migration unit: <System>\UpgradeFramework (CMXEAgent)"),
                ("Error", "", "Gather failed. Last error: 0x00000000"),
                ("Error", "SP", "SPDoFrameworkGather: Gather operation failed. Error: 0x0000002C"))),
        ["FindMigGatherApplyFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, @"C:\ProgramData\Microsoft\Crypto\RSA\S-1-5-18\be8228fb2d3cb6c6b0ccd9ad51b320b4_a43d512c",
            SetupAct(("Info [0x0802c6]", "MIG", @"Processing GATHER for migration unit: <System>\UpgradeFramework (CMXEAgent)"),
                ("Error", "SP", @"Error READ, 0x00000570 while gathering/applying object: File, C:\ProgramData\Microsoft\Crypto\RSA\S-1-5-18 [be8228fb2d3cb6c6b0ccd9ad51b320b4_a43d512c]. Will return 0[gle=0x00000570]"),
                ("Error", "MIG", @"Error 1392 while gathering object C:\ProgramData\Microsoft\Crypto\RSA\S-1-5-18\be8228fb2d3cb6c6b0ccd9ad51b320b4_a43d512c. Shell application requested abort![gle=0x00000570]"),
                ("Error", "", "Gather failed. Last error: 0x00000000"),
                ("Error", "SP", "SPDoFrameworkGather: Gather operation failed. Error: 0x0000002C"),
                ("Error", "SP", "Operation failed: Migrate framework (Full). Error: 0x8007042B[gle=0x000000b7]"))),
        ["OptionalComponentFailedToGetOCsFromPackage"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "Microsoft-Windows-Foundation-Package",
            SetupAct(("Error", "SP", "CGatherOCStatus: Failed to get the OCs from package Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.19041.1. Error: 0x8007001F"))),
        ["OptionalComponentOpenPackageFailed"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "Foundation",
            SetupAct(("Error", "SP", "CApplyOCStatus: Failed to open OC package. Package Name: Foundation, Error: 0x8007001F"))),
        ["OptionalComponentInitCBSSessionFailed"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "servicing session",
            SetupAct(("Error", "SP", "CGatherOCStatus: Failed to initialize the CBS session. Error: 0x800F0922"))),
        ["CriticalSafeOSDUFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "SafeOS-KB5031356.cab",
            SetupAct(("Error", "SP", @"CUpdateSafeOS: Failed to add the dynamic update package C:\$WINDOWS.~BT\DUDownload\SafeOS-KB5031356.cab to the SafeOS image. Error: 0x800F0922"))),
        ["UserProfileCreationFailureDuringOnlineApply"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "S-1-5-21-1004336348-1177238915-682003330-1001",
            SetupAct(("Error", "MIG", "Failed to create the user profile for S-1-5-21-1004336348-1177238915-682003330-1001 during online apply. Error: 0x80070005"))),
        ["UserProfileCreationFailureDuringFinalize"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "S-1-5-21-1004336348-1177238915-682003330-1002",
            SetupAct(("Error", "SP", "Finalize: Failed to create the user profile S-1-5-21-1004336348-1177238915-682003330-1002. Error: 0x800700B7"))),
        ["UserProfileSuffixMismatch"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "S-1-5-21-1004336348-1177238915-682003330-1003",
            SetupAct(("Error", "MIG", @"The profile path C:\Users\anna.PC42 does not match the suffix of S-1-5-21-1004336348-1177238915-682003330-1003 (.bak). Error: 0x80070057"))),
        ["DuplicateUserProfileFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "S-1-5-21-1004336348-1177238915-682003330-1004",
            SetupAct(("Error", "MIG", @"Multiple SIDs point to the profile C:\Users\scanner: S-1-5-21-1004336348-1177238915-682003330-1004 is a duplicate. Error: 0x800700B7"))),
        ["WimMountFailure"] = new(SetupOperationFailedRule.Id, FindingSeverity.Failure, "Mount WIM file",
            SetupAct(("Error", "SP", @"Operation failed: Mount WIM file C:\$WINDOWS.~BT\Sources\SafeOS\winre.wim, index 1 to C:\$WINDOWS.~BT\Sources\SafeOS\SafeOS.Mount. Error: 0xC1420127[gle=0x000000b7]"))),
        ["WimMountDriverIssue"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "wimmount.sys",
            SetupAct(("Error", "SP", "CWimMountDriver::Register: the WimMount filter (wimmount.sys) is not registered. Error: 0x80070002"))),
        ["WimApplyExtractFailure"] = new(SetupOperationFailedRule.Id, FindingSeverity.Failure, "media",
            SetupAct(("Error", "SP", @"    CApplyWIM: Failure while applying image 6 for D:\$WINDOWS.~BT\Payload\OSImage\Install.wim. Error 0x80070570[gle=0x00000570]"),
                ("Error", "SP", @"Operation failed: Apply WIM file PathForNewOSFile, index 6 to D:\$WINDOWS.~BT\NewOS. Error: 0x80070570[gle=0x000000b7]"))),
        ["UpdateAgentExpanderFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "Windows10.0-KB5029244-x64.esd",
            SetupAct(("Error", "DPX", @"CDpxExpander::Expand: failed to expand C:\$WINDOWS.~BT\Download\Windows10.0-KB5029244-x64.esd [HRESULT = 0x80070490 - ERROR_NOT_FOUND]"))),
        ["FindFatalPluginFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "ContosoSetupPlugin.dll",
            SetupAct(("Error", "SP", "CPluginManager::Execute: plugin ContosoSetupPlugin.dll failed in operation Install, which is fatal. Error: 0x80070005"))),
        ["MigrationAbortedDueToPluginFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "{526D451C-721A-4B97-AD34-DCE5D8CD22C5}",
            SetupAct(("Error", "MIG", "Plugin {526D451C-721A-4B97-AD34-DCE5D8CD22C5}: Apply failed and migration is aborted. Error: 0x80070005"))),
        ["DISMAddPackageFailed"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "ssu-22621.2355-x64.cab",
            SetupAct(("Error", "DISM", @"DISM Package Manager: PID=4412 TID=4424 Failed to add package C:\$WINDOWS.~BT\DUDownload\ssu-22621.2355-x64.cab - CDISMPackageManager::AddPackage(hr:0x800f0922)"))),
        ["DISMImageSessionFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "image session",
            SetupAct(("Error", "DISM", "DismHostLib: Failed to create DismHostManager remote object. Checking for dismhost.exe exit code."),
                ("Error", "DISM", "DISM Manager: PID=8312 TID=11552 Failed to create Dism Image Session in host. - CDISMManager::LoadRemoteImageSession(hr:0x80040154)"))),
        ["DISMproviderFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "DISM OS Provider",
            SetupAct(("Error", "DISM", "DISM OS Provider: PID=4412 TID=4424 Failed to apply the optional component status. - COSProvider::ApplyOCStatus(hr:0x800706ba)"))),
        ["SysPrepLaunchModuleFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "Sysprep_Clean_Validate_Opk",
            SetupAct(("Error", "SYSPRP", @"ActionPlatform::LaunchModule: Failure occurred while executing 'Sysprep_Clean_Validate_Opk' from C:\Windows\System32\spopk.dll; dwRet = 0x8007000d"))),
        ["UserProvidedDriverInjectionFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "oem21.inf",
            SetupAct(CmdLine(@"/Auto Upgrade /InstallDrivers D:\Drivers /Quiet"),
                ("Error", "SP", @"CAddDrivers: Failed to add driver D:\Drivers\nic\oem21.inf to the new OS. Error: 0x800F0247"))),
        ["DriverMigrationFailure"] = new(SetupOperationFailedRule.Id, FindingSeverity.Failure, "Process Drivers for Migration",
            SetupAct(("Error", "SP", "Operation failed: Process Drivers for Migration. Error: 0x80070002[gle=0x000000b7]"))),
        ["UnknownDriverMigrationFailure"] = new(SetupCauseRule.Id, FindingSeverity.Failure, "oem33.inf",
            SetupAct(("Error", "SP", @"CMigrateDrivers: Failed to migrate driver package C:\Windows\INF\oem33.inf. Error: 0x80070057"))),
        ["FindSuccessfulUpgrade"] = new(SetupDiagResultRule.Id, FindingSeverity.Info, "upgrade succeeded",
            ("SetupDiagResults.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <SetupDiag xmlns="https://learn.microsoft.com/windows/deployment/upgrade/setupdiag">
                  <Version>1.7.0.0</Version>
                  <ProfileName>FindSuccessfulUpgrade</ProfileName>
                  <ProfileGuid>8A0824C8-A56D-4C55-95A0-22751AB62F3E</ProfileGuid>
                </SetupDiag>
                """)),
        ["FindSetupHostReportedFailure"] = new(SetupFirstErrorRule.Id, FindingSeverity.Failure, "SetupHost::Execute",
            SetupAct(CmdLine("/Install /Media /Quiet"),
                ("Error", "MOUPG", "SetupHost::Execute(351): Result = 0xC1900107"),
                ("Error", "MOUPG", "SetupHost: Reporting error event: [Result: 0xC1900107]"))),
        ["FindDownlevelFailure"] = new(SetupFirstErrorRule.Id, FindingSeverity.Failure, "Disk provisioning is not available",
            SetupAct(("Info", "SP", "CSetupPlatform::Initialize: Setup log starts:"),
                ("Error", "SP", "CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032"),
                ("Error", "MOUPG", "CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x80070032"),
                ("Error", "MOUPG", "CSetupManager::ExecuteDownlevelMode(410): Result = 0x80070032"))),
        ["FindAbruptDownlevelFailure"] = new(SetupAbruptEndRule.Id, FindingSeverity.Failure, "Finalize",
            SetupAct(CmdLine("/Install /Media /Quiet"),
                ("Info", "MOUPG", "Finalize: Entering Execute Method"),
                ("Info", "SP", "Executing operation: Save config data"),
                ("Error", "MOUPG", "CDlpActionFinalize::ExecuteRoutine(1021): Result = 0xC1900208"))),
        ["FindEarlyDownlevelError"] = new(SetupFirstErrorRule.Id, FindingSeverity.Failure, "CDlpActionPrepareEnvironment::ExecuteRoutine",
            SetupAct(CmdLine("/Install /Media /Quiet"),
                ("Error", "MOUPG", "CDlpActionPrepareEnvironment::ExecuteRoutine(402): Result = 0x80070005"),
                ("Error", "MOUPG", "CSetupManager::ExecuteInstallMode(944): Result = 0x80070005"))),
        ["FindSPFatalError"] = new(SetupPhaseFailedRule.Id, FindingSeverity.Failure, "Safe OS",
            SetupAct(("Error", "SP", "ExecuteOperations: Main operation execution failed. Error: 0x8007000D"),
                ("Error", "SP", "ExecuteOperations: Failed execution phase Safe OS. Error: 0x8007000D"),
                ("Info", "SP", "Execution phase [Safe OS] exiting with HRESULT [0x8007000D]"))),
        ["FindSetupPlatformFailedOperationInfo"] = new(SetupOperationFailedRule.Id, FindingSeverity.Failure, "Set boot command",
            SetupAct(("Error", "SP", @"Operation failed: Set boot command %SYSTEMDRIVE%\$WINDOWS.~BT\Sources\SetupPlatform.exe /postoobe for phase DismPostOobe. Error: 0x80040154[gle=0x000000b7]"))),
        ["FindRollbackFailure"] = new(SetupRollbackRule.Id, FindingSeverity.Failure, "SafeOS,Start",
            SetupAct(("Info", "SP", "Initiating rollback/uninstall, phase = 0"),
                ("Info", "SP", "Current phase string : SafeOS,Start"),
                ("Info", "SP", "Current op string    : 44,end"),
                ("Info", "SP", "Current result string: 2147942413"),
                ("Info", "SP", "Current bugcheck string: NULL"),
                ("Info", "SP", "Current result: 0x8007000D"))),
    };

    public static IEnumerable<string> Profiles() => Cases.Keys.Order(StringComparer.Ordinal);

    /// <summary>docs/setupdiag-parity.md's rows: "| 3 | `BitLockerHardblock` | … | setup.compat-block | …".</summary>
    private static List<(string Name, string Rule)> ParityTable()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "WuToolkit.sln")))
        {
            folder = folder.Parent;
        }

        Assert.That(folder, Is.Not.Null, "the repository above the tests");
        return File.ReadLines(Path.Combine(folder!.FullName, "docs", "setupdiag-parity.md"))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && line.Length > 2 && char.IsAsciiDigit(line[2]))
            .Select(line => line.Split(" | "))
            .Select(cells => (cells[1].Trim('`'), cells[3]))
            .ToList();
    }

    [TestCaseSource(nameof(Profiles))]
    public void The_cause_SetupDiag_names_is_named_from_the_lines_Setup_writes(string profile)
    {
        var @case = Cases[profile];
        var report = Analyze(@case.Files);
        var cause = SetupProfiles.Of(profile);

        var finding = report.Findings.FirstOrDefault(f => f.RuleId == @case.Rule && f.Severity == @case.Severity &&
                                                          (f.Summary + " " + f.Subject).Contains(@case.Names, StringComparison.Ordinal));
        Assert.That(finding, Is.Not.Null, $"{@case.Rule} names {@case.Names}; found:\n{report.Describe()}");
        Assert.That(finding!.Remedy, Is.EqualTo(cause.Remedy), "the remedy SetupDiag's rule gives");
        if (@case.Severity == FindingSeverity.Info)
        {
            Assert.That(report.HasFailure, Is.False, $"a verdict, not a failure:\n{report.Describe()}");
        }
        else if (@case.Severity == FindingSeverity.Failure)
        {
            Assert.That(report.FirstFailure(), Is.Not.Null);
        }
    }

    [Test]
    public void The_parity_table_lists_every_SetupDiag_rule_in_order_each_with_the_rule_its_test_finds()
    {
        var rows = ParityTable();

        Assert.That(rows.Select(row => row.Name), Is.EqualTo(SetupProfiles.All.Select(cause => cause.Profile)), "all 64, in SetupDiag's order");
        Assert.That(Cases.Keys, Is.EquivalentTo(rows.Select(row => row.Name)), "every row has a test built from its cause's log lines");
        foreach (var (name, rule) in rows)
        {
            Assert.That(rule, Does.Contain(Cases[name].Rule), $"{name}: the table names the rule its test finds");
        }
    }

    [Test]
    public void Every_one_of_SetupDiags_64_rules_has_a_cause_and_a_remedy()
    {
        Assert.That(SetupProfiles.All, Has.Count.EqualTo(64));
        foreach (var cause in SetupProfiles.All)
        {
            Assert.That(cause.Describe("x"), Is.Not.Empty, cause.Profile);
            Assert.That(cause.Remedy, Is.Not.Empty, cause.Profile);
        }
    }
}
