using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Analysis;
using WuToolkit.Plugins.Logs;
using WuToolkit.Plugins.Tests.Logs.Parity;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>
/// Where to start reading is chosen by what the rules know: a cause before what it led to, never a line healthy PCs also
/// write, and, where a log holds several attempts at one operation, in the last one, with each attempt's verdict shown.
/// </summary>
public class StartHereTests
{
    // A repair that was cancelled, then run again with a source and failed because the source lacked the files.
    private const string TwoRepairs = """
        2023-05-23 02:23:03, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->
        2023-05-23 02:23:03, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth
        2023-05-23 02:23:06, Error                 DISM   DISM Package Manager: PID=15940 TID=3152 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0821)
        2023-05-23 02:23:06, Error                 DISM   DISM Package Manager: PID=15940 TID=3152 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800704c7)
        2023-05-23 02:23:06, Error                 DISM   DISM.EXE: DISM Package Manager processed the command line but failed. HRESULT=800704C7
        2023-05-23 02:23:06, Info                  DISM   DISM.EXE: <----- Ending Dism.exe session ----->
        2023-05-23 02:40:11, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->
        2023-05-23 02:40:11, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth /source:D:\sources\install.wim /limitaccess
        2023-05-23 02:42:16, Error                 DISM   DISM Package Manager: PID=2672 TID=7548 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)
        2023-05-23 02:42:16, Error                 DISM   DISM.EXE: DISM Package Manager processed the command line but failed. HRESULT=800F081F
        2023-05-23 02:42:16, Info                  DISM   DISM.EXE: <----- Ending Dism.exe session ----->
        """;

    [Test]
    public void Of_two_attempts_at_a_repair_each_has_its_verdict_and_the_last_explains_the_state()
    {
        var report = SetupLog.Analyze(("dism.log", TwoRepairs));

        var attempts = report.Attempts();
        Assert.That(attempts.Select(a => (a.Attempt.Operation, a.Failed, a.IsCurrent, a.Verdict.Code)), Is.EqualTo(new (string, bool, bool, uint?)[]
        {
            ("dism /online /cleanup-image /restorehealth", true, false, 0x800704C7),
            ("dism /online /cleanup-image /restorehealth", true, true, 0x800F081F),
        }));
        Assert.That(report.FirstFailure()!.Code, Is.EqualTo(0x800F081Fu), "the cancelled run is history; the missing source is why the store is still not repaired");
        Assert.That(report.IsSuperseded(attempts[0].Verdict), Is.True);
        Assert.That(report.HasFailure, Is.True);
    }

    [Test]
    public void A_repair_that_failed_and_then_succeeded_is_history_and_exits_without_a_failure()
    {
        var succeeded = TwoRepairs.Replace("""
            2023-05-23 02:42:16, Error                 DISM   DISM Package Manager: PID=2672 TID=7548 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)
            2023-05-23 02:42:16, Error                 DISM   DISM.EXE: DISM Package Manager processed the command line but failed. HRESULT=800F081F

            """, "", StringComparison.Ordinal);
        var report = SetupLog.Analyze(("dism.log", succeeded));

        Assert.That(report.Attempts().Select(a => (a.Failed, a.IsCurrent)), Is.EqualTo(new[] { (true, false), (false, true) }));
        Assert.That(report.Attempts()[1].Verdict.Summary, Does.Contain("completed without an error"));
        Assert.That(report.HasFailure, Is.False, SetupLog.Describe(report));
        Assert.That(report.FirstFailure(), Is.Null);
    }

    [Test]
    public void A_cause_is_marked_before_the_phase_it_broke_even_when_the_phase_is_said_first()
    {
        // The rollback log says first, in time, what the failure led to; the attempt's own log says what failed.
        var report = SetupLog.Analyze(
            ("Rollback/setupact.log", SetupLog.Act(
                ("Info", "SP", "Initiating rollback/uninstall, phase = 0"),
                ("Info", "SP", "Current phase string : SafeOS,Start"),
                ("Info", "SP", "Current result: 0x8007000D"))),
            ("Panther/setupact.log", """
                2023-10-05 23:40:00, Error                 SP     Operation failed: Apply WIM file PathForNewOSFile, index 6 to D:\$WINDOWS.~BT\NewOS. Error: 0x80070570[gle=0x000000b7]
                2023-10-05 23:40:01, Error                 SP     ExecuteOperations: Main operation execution failed. Error: 0x8007000D
                """));

        var first = report.FirstFailure()!;
        Assert.That((first.RuleId, first.Role), Is.EqualTo((SetupOperationFailedRule.Id, FindingRole.Cause)));
        Assert.That(report.Timeline()[0].RuleId, Is.EqualTo(SetupRollbackRule.Id), "the rollback is first in time");
    }

    [Test]
    public void A_servicing_session_that_cannot_report_to_the_event_log_is_no_failure_and_never_where_to_start()
    {
        var report = SetupLog.Analyze(("CBS.log", """
            2023-05-17 08:40:01, Info                  CBS    Exec: Processing started.  Session: 31146322_2207785418, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~22621.1702.1.6
            2023-05-17 08:40:02, Error                 CBS    Failed to open the event log to write the session report. [HRESULT = 0x800706ba - RPC_S_SERVER_UNAVAILABLE]
            2023-05-17 08:40:03, Error                 CBS    WER: Failed to add the failure report [HRESULT = 0x80070005 - E_ACCESSDENIED]
            2023-05-17 08:45:59, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]
            """));

        Assert.That(report.Findings.Where(f => f.Severity == FindingSeverity.Failure).Select(f => f.Code), Is.EqualTo(new uint?[] { 0x800F0922 }));
        Assert.That(report.FirstFailure()!.Code, Is.EqualTo(0x800F0922u));
    }

    [Test]
    public void A_network_error_retried_at_once_is_not_where_to_start()
    {
        var report = SetupLog.Analyze(("WindowsUpdate.log", """
            2023/06/13 19:17:44.2579921 26844 15644 DownloadManager PurgeExpiredUpdates: Found 25 non expired updates.
            2023/06/13 19:17:44.4838644 26844 24128 Misc            *FAILED* [80072EFE] Send request
            2023/06/13 19:17:44.4838752 26844 24128 Misc            *FAILED* [80072EFE] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)
            2023/06/13 19:17:44.7558833 26844 15644 DownloadManager PurgeExpiredUpdates: Found 190 expired updates.
            """));

        Assert.That(report.Findings.Single().Severity, Is.EqualTo(FindingSeverity.Warning), SetupLog.Describe(report));
        Assert.That(report.FirstFailure(), Is.Null);
    }
}
