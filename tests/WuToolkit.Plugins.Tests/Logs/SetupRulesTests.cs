using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class SetupRulesTests
{
    private static LogBuilder SafeOsFailure() => LogBuilder.SetupAct()
        .Error("SP", @"SPWIMCallback: Error in apply of \\?\Volume{a5c7}\$WINDOWS.~BT\NewOS\Windows\WinSxS\amd64_netfx4-mscordbi_dll_b03f5f7f11d50a3a_4.0.15912.120_none_0070c05b73a8c01b\mscordbi.dll. GLE [1392][gle=0x00000715]")
        .Add("", "", "[1676.1796] [0x80070570] ProcessWimQueueNode:(98): The file or directory is corrupted and unreadable.")
        .Error("SP", @"    CApplyWIM: Failure while applying image 6 for D:\$WINDOWS.~BT\Payload\OSImage\Install.wim. Error 0x80070570[gle=0x00000570]")
        .Error("SP", @"Operation failed: Apply WIM file PathForNewOSFile, index 6 to D:\$WINDOWS.~BT\NewOS. Error: 0x80070570[gle=0x000000b7]")
        .Info("SP", "Operation can retry, we'll attempt to revert its execution.")
        .Error("SP", "Operation execution failed: 12. hr = 0x80070570")
        .Error("SP", "ExecuteOperations: Main operation execution failed. Error: 0x8007000D")
        .Error("SP", "ExecuteOperations: Failed execution phase Safe OS. Error: 0x8007000D")
        .Error("SP", "CSetupPlatformPrivate::Execute: Execution of operations queue failed, abandoning. Error: 0x8007000D")
        .Info("", "Persisting diagnostics data to D:\\$WINDOWS.~BT\\Sources\\Diagnostics\\diagnostics.dat")
        .Info("SP", "Execution phase [Safe OS] exiting with HRESULT [0x8007000D]");

    [Test]
    public void A_failed_phase_is_one_failure_at_its_first_line_with_the_phase()
    {
        var failure = SafeOsFailure().Run(new SetupPhaseFailedRule()).Single();

        Assert.That((failure.Code, failure.Subject, failure.Entry.Line), Is.EqualTo(((uint?)0x8007000D, "Safe OS", 7L)));
        Assert.That(failure.Summary, Does.Contain("Safe OS"));
    }

    [Test]
    public void A_phase_that_exits_with_success_is_not_reported()
    {
        var findings = LogBuilder.SetupAct()
            .Info("SP", "Execution phase [Downlevel] exiting with HRESULT [0x00000000]")
            .Run(new SetupPhaseFailedRule());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Applying_the_image_with_a_corrupt_file_says_the_media_is_damaged_and_names_the_file()
    {
        var failure = SafeOsFailure().Run(new SetupOperationFailedRule()).Single();

        Assert.That((failure.Code, failure.Entry.Line), Is.EqualTo(((uint?)0x80070570, 4L)));
        Assert.That(failure.Subject, Is.EqualTo(@"Apply WIM file PathForNewOSFile, index 6 to D:\$WINDOWS.~BT\NewOS"));
        Assert.That(failure.Summary, Does.Contain("mscordbi.dll").And.Contain("media"));
    }

    [Test]
    public void Another_failed_operation_is_named_as_Setup_names_it()
    {
        var failure = LogBuilder.SetupAct()
            .Error("SP", "Operation failed: Set boot command %SYSTEMDRIVE%\\$WINDOWS.~BT\\Sources\\SetupPlatform.exe /postoobe for phase DismPostOobe. Error: 0x80040154[gle=0x000000b7]")
            .Run(new SetupOperationFailedRule()).Single();

        Assert.That(failure.Code, Is.EqualTo(0x80040154u));
        Assert.That(failure.Subject, Does.StartWith("Set boot command"));
    }

    private static LogBuilder DownlevelChain() => LogBuilder.SetupAct()
        .Error("", "SmPlatform::ComputeHostInfo: Failed to enumerate MSFT_PartitionToVolume instances (0x80080005)[gle=0x000036b7]")
        .Error("SP", "CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032")
        .Error("SP", "ResurrectSetupPlatform: Cannot initialize deserialized setup platform. Error: 0x80070032")
        .Error("MOUPG", "CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x80070032")
        .Error("MOUPG", "CDlpTask::ExecuteAction(3300): Result = 0x80070032")
        .Warning("MOUPG", "CSetupDiagnostics::ReportData - Not reporting WINDLP data point [0x2004]")
        .Error("MOUPG", "CSetupManager::ExecuteDownlevelMode(410): Result = 0x80070032")
        .Info("MOUPG", "Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]")
        .Info("MOUPG", "ImageExit: Initializing SetupResult: [0x80070032]");

    [Test]
    public void A_result_chain_is_reported_once_at_the_error_that_started_it()
    {
        var failure = DownlevelChain().Run(new SetupFirstErrorRule()).Single();

        Assert.That((failure.Code, failure.Entry.Line), Is.EqualTo(((uint?)0x80070032, 2L)));
        Assert.That(failure.Subject, Is.EqualTo("CSetupPlatform::Initialize"));
        Assert.That(failure.Summary, Does.Contain("Disk provisioning is not available"));
    }

    [Test]
    public void A_chain_without_an_originating_line_starts_at_its_first_result()
    {
        var failure = LogBuilder.SetupAct()
            .Error("MOUPG", "CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x8007001F")
            .Error("MOUPG", "CSetupManager::ExecuteTask(2630): Result = 0x8007001F")
            .Run(new SetupFirstErrorRule()).Single();

        Assert.That((failure.Entry.Line, failure.Subject), Is.EqualTo((1L, "CDlpActionDataMigrate::ExecuteRoutine")));
    }

    [Test]
    public void Swallowed_appraiser_errors_and_codes_with_their_own_rules_do_not_make_a_chain()
    {
        var findings = LogBuilder.SetupAct()
            .Error("CONX", "Windows::Compat::Appraiser::Utilities::SendRequest (1592):   Failed to connect to the internet, or send request, or request encountered HTTP error: [12007].[gle=0x80072ee7]")
            .Error("CONX", "Windows::Compat::Appraiser::SetupAppraiser::GetAlternateData (4827):   Error downloading new cab file, swallowing: [0x80072ee7].[gle=0x80072ee7]")
            .Error("MOUPG", "CSetupManager::ExecuteInstallMode(944): Result = 0x80070070")
            .Error("MOUPG", "MoSetupPlatform: ReportResult: Result = 0xC1900101")
            .Run(new SetupFirstErrorRule());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Entering_the_error_phase_names_the_phase_left_and_the_result()
    {
        var failure = DownlevelChain().Run(new SetupPhaseErrorRule()).Single();

        Assert.That((failure.Code, failure.Subject, failure.Entry.Line), Is.EqualTo(((uint?)0x80070032, "SetupPhaseInstall", 8L)));
    }

    [Test]
    public void A_rollback_is_one_failure_with_its_phase_operation_and_result()
    {
        var log = LogBuilder.SetupAct();
        foreach (var stage in new[] { "0", "1" })
        {
            log.Info("SP", "Initiating rollback/uninstall, phase = " + stage)
                .Info("", "Initializing diagnostics helper; data file = D:\\$WINDOWS.~BT\\Sources\\Diagnostics\\diagnostics.dat")
                .Info("SP", "Current phase string : SafeOS,Start")
                .Info("SP", "Current op string    : 44,end")
                .Info("SP", "Current result string: 2147942413")
                .Info("SP", "Current bugcheck string: NULL")
                .Info("SP", "Current result: 0x8007000D")
                .Error("SP", "CSetupPlatformOSSwitchCheckpoint::Rollback: Failed to read the rollback GUID from file: D:\\$WINDOWS.~BT\\Sources\\Rollback\\rollbackinfo.ini. Error: 0x00000002[gle=0x00000002]")
                .Info("SP", "Rollback completed successfully.");
        }

        var failure = log.Run(new SetupRollbackRule()).Single();

        Assert.That((failure.Code, failure.Subject, failure.Entry.Line), Is.EqualTo(((uint?)0x8007000D, "SafeOS,Start", 1L)));
        Assert.That(failure.Summary, Does.Contain("44"));
    }

    [Test]
    public void Running_out_of_space_is_a_failure_pointing_at_space_checks_and_cleanup_but_a_scan_with_no_issue_is_not()
    {
        var clean = LogBuilder.SetupAct()
            .Info("", "CFreeSystemPartitionDiskSpaceChecker: checked InsufficientDiskSpace, found NoIssue.")
            .Run(new SetupDiskSpaceRule());
        var full = LogBuilder.SetupAct()
            .Error("MOUPG", "CSetupManager::ExecuteInstallMode(944): Result = 0x80070070")
            .Error("SP", "CDiskSpaceCheck: There is not enough space on the disk.")
            .Run(new SetupDiskSpaceRule());

        Assert.That(clean, Is.Empty);
        var failure = full.Single();
        Assert.That(failure.Code, Is.EqualTo(0x80070070u));
        Assert.That(failure.CheckIds, Is.EquivalentTo(new[] { "disk.free-space", "disk.upgrade-space" }));
        Assert.That(failure.FixIds, Is.EquivalentTo(new[] { "disk.cleanup" }));
    }

    [Test]
    public void A_driver_failure_names_the_driver_logged_near_it_and_not_the_page_file()
    {
        var failure = LogBuilder.SetupAct()
            .Info("SP", "Cleaning up D:\\pagefile.sys")
            .Info("PANTHR", @"Migrating driver package C:\Windows\System32\DriverStore\FileRepository\rt640x64.inf_amd64_1\rt640x64.sys (oem12.inf)")
            .Error("SP", "CDeviceInstall::Execute: Device install failed for PCI\\VEN_10EC&DEV_8168")
            .Error("MOUPG", "MoSetupPlatform: ReportResult: Result = 0xC1900101-0x20017")
            .Run(new SetupDriverFailureRule()).Single();

        Assert.That((failure.Code, failure.Entry.Line), Is.EqualTo(((uint?)0xC1900101, 4L)));
        Assert.That(failure.Subject, Does.Contain("rt640x64.sys").And.Contain("oem12.inf").And.Not.Contain("pagefile"));
    }

    [Test]
    public void A_driver_named_just_after_the_failure_is_taken_and_none_at_all_is_said_plainly()
    {
        var after = LogBuilder.SetupAct()
            .Info("SP", "Current result: 0xC1900101")
            .Info("SP", "BsdSummarize: last boot failed in driver nvlddmkm.sys")
            .Run(new SetupDriverFailureRule()).Single();
        var unnamed = LogBuilder.SetupAct()
            .Error("MOUPG", "Result = 0xC1900101")
            .Run(new SetupDriverFailureRule()).Single();

        Assert.That(after.Subject, Is.EqualTo("nvlddmkm.sys"));
        Assert.That(unnamed.Subject, Is.Null);
        Assert.That(unnamed.Summary, Does.Contain("no driver"));
    }
}
