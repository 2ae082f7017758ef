using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Analysis;
using WuToolkit.Plugins.Logs;
using WuToolkit.Plugins.Tests.Logs.Parity;
using static WuToolkit.Plugins.Tests.Logs.Parity.SetupLog;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>
/// What Setup's and SetupDiag's verdicts mean: a success and a scan that found nothing are no failures, Setup's result
/// carries its extend code, a rollback its bug check, a log that just ends is a failure, and Setup's own down-level
/// disk-space codes mean disk space.
/// </summary>
public class SetupVerdictTests
{
    private static LogReport SetupDiag(string profile) => Analyze(("SetupDiagResults.xml", $"""
        <?xml version="1.0" encoding="utf-8"?>
        <SetupDiag xmlns="https://learn.microsoft.com/windows/deployment/upgrade/setupdiag">
          <Version>1.7.0.0</Version>
          <ProfileName>{profile}</ProfileName>
        </SetupDiag>
        """));

    [TestCase("FindSuccessfulUpgrade")]
    [TestCase("CompatScanOnly")]
    [TestCase("No match found")]
    public void SetupDiags_verdicts_that_are_no_failure_are_not_failures(string profile)
    {
        var report = SetupDiag(profile);

        Assert.That(report.HasFailure, Is.False, report.Describe());
        var verdict = report.Findings.Single();
        Assert.That((verdict.Severity, verdict.Role), Is.EqualTo((FindingSeverity.Info, FindingRole.Outcome)));
    }

    [Test]
    public void A_SetupDiag_verdict_names_the_cause_in_plain_words_with_its_remedy()
    {
        var verdict = SetupDiag("CompatBlockedApplicationAutoUninstall").Findings.Single();

        Assert.That(verdict.Severity, Is.EqualTo(FindingSeverity.Failure));
        Assert.That(verdict.Summary, Does.StartWith("An app must be uninstalled before Setup can go on").And.Contain("CompatBlockedApplicationAutoUninstall"));
        Assert.That(verdict.Remedy, Does.Contain("Uninstall it"));
        Assert.That(verdict.Subject, Is.EqualTo("CompatBlockedApplicationAutoUninstall"));
    }

    [Test]
    public void SetupDiag_output_pasted_without_its_header_is_named_by_its_words()
    {
        var report = Analyze(("from-the-ticket.txt", """
            SetupDiag: processing rule: FindAbruptDownlevelFailure.
            ....Error: SetupDiag reports abrupt down-level failure. Last Operation: Finalize, Error: 0xC1900208 - 0x4000C
            Failure Data: Last Operation: Finalize, Error: 0xC1900208 - 0x4000C
            Refer to https://docs.microsoft.com/windows/deployment/upgrade/upgrade-error-codes for error information.
            """));

        Assert.That(report.Files.Single().Kind, Is.EqualTo(LogKind.SetupDiag));
        var verdict = report.Findings.Single(f => f.Severity == FindingSeverity.Failure);
        Assert.That(verdict.Subject, Is.EqualTo("FindAbruptDownlevelFailure"));
        Assert.That(verdict.Code, Is.EqualTo(0xC1900208u));
        Assert.That(verdict.Summary, Does.Contain("ends abruptly").And.Contain("0xC1900208-0x4000C"));
    }

    [Test]
    public void A_compatibility_scan_that_found_nothing_is_the_runs_verdict_not_a_failure()
    {
        var report = Analyze(Cases("CompatScanOnly"));

        Assert.That(report.HasFailure, Is.False, report.Describe());
        var verdict = report.Findings.Single(f => f.RuleId == SetupResultRule.Id);
        Assert.That((verdict.Severity, verdict.Code), Is.EqualTo((FindingSeverity.Info, (uint?)0xC1900210)));
        Assert.That(verdict.Attempt?.Operation, Does.Contain("/Compat ScanOnly"));
    }

    [Test]
    public void Setups_result_is_read_with_its_extend_code_in_words()
    {
        var report = Analyze(("setupact.log", Act(
            ("Info", "MOUPG", "SetupHost::Initialize: CmdLine                = [/Install /Media /Quiet]"),
            ("Info", "MOUPG", "InitializeRoutine: MOSETUP_ACTION_IMAGE_EXIT"),
            ("Info", "MOUPG", "ImageExit: Initializing SetupResult: [0x800f0818]"),
            ("Info", "MOUPG", "ImageExit: Initializing Extended: [0x20003]"),
            ("Info", "MOUPG", "ImageExit: Initializing Scenario: [6]"))));

        var result = report.Findings.Single(f => f.RuleId == SetupResultRule.Id);
        Assert.That((result.Severity, result.Role, result.Code), Is.EqualTo((FindingSeverity.Failure, FindingRole.Outcome, (uint?)0x800F0818)));
        Assert.That(result.Summary, Does.Contain("0x20003: Safe OS, install updates"));
    }

    [Test]
    public void The_error_phase_says_the_extend_code_that_follows_it()
    {
        var failure = LogBuilder.SetupAct()
            .Error("MOUPG", "CSetupManager::ExecuteDownlevelMode(410): Result = 0x80070032")
            .Info("MOUPG", "Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]")
            .Info("MOUPG", "ImageExit: Initializing SetupResult: [0x80070032]")
            .Info("MOUPG", "ImageExit: Initializing Extended:    [0x50013]")
            .Run(new SetupPhaseErrorRule()).Single();

        Assert.That(failure.Summary, Does.Contain("0x50013").And.Contain("register async process"));
        Assert.That(failure.Role, Is.EqualTo(FindingRole.Outcome));
    }

    [Test]
    public void A_rollback_after_a_bug_check_says_the_bug_check_and_names_it_as_the_cause()
    {
        var findings = LogBuilder.SetupAct()
            .Info("SP", "Initiating rollback/uninstall, phase = 0")
            .Info("SP", "Current phase string : SafeOS,Start")
            .Info("SP", "Current op string    : 44,end")
            .Info("SP", "Current bugcheck string: 0x000000d1,0x0000000000000008,0x0000000000000002,0x0000000000000000")
            .Info("SP", "Current result: 0xC1900101")
            .Run(new SetupRollbackRule());

        var cause = findings.Single(f => f.Role == FindingRole.Cause);
        Assert.That(cause.Summary, Does.Contain("0xD1 DRIVER_IRQL_NOT_LESS_OR_EQUAL"));
        Assert.That(cause.Remedy, Does.Contain("setupmem.dmp"));
        var rollback = findings.Single(f => f.Role == FindingRole.Outcome);
        Assert.That(rollback.Summary, Does.Contain("bug check").And.Contain("0xD1"));
    }

    [Test]
    public void Rollbackinfo_ini_gives_the_rolled_back_result_and_the_bug_check()
    {
        var report = Analyze(("rollbackinfo.ini", """
            [Flow]
            CurrentPhase=SafeOS,Start
            CurrentOperation=44,end
            OperationResult=2147942413
            [Bugcheck]
            Code=0x0000007e,0xffffffffc0000005
            [OldOS]
            ConnectedStandby=No
            """));

        Assert.That(report.Findings.Select(f => (f.RuleId, f.Role, f.Code)), Is.EquivalentTo(new (string, FindingRole, uint?)[]
        {
            (RollbackInfoRule.Id, FindingRole.Cause, null),
            (RollbackInfoRule.Id, FindingRole.Outcome, 0x8007000D),
        }));
        Assert.That(report.FirstFailure()!.Summary, Does.Contain("0x7E SYSTEM_THREAD_EXCEPTION_NOT_HANDLED"));
    }

    [Test]
    public void A_log_that_ends_after_an_error_without_Setups_closing_is_a_failure_but_a_closed_or_clean_run_is_not()
    {
        var abrupt = Analyze(Cases("FindAbruptDownlevelFailure"));
        var closed = Analyze(("setupact.log", Act(
            ("Info", "MOUPG", "SetupHost::Initialize: CmdLine                = [/Install /Media /Quiet]"),
            ("Info", "MOUPG", "Finalize: Entering Execute Method"),
            ("Error", "MOUPG", "CDlpActionFinalize::ExecuteRoutine(1021): Result = 0xC1900208"),
            ("Info", "MOUPG", "ImageExit: Initializing SetupResult: [0xC1900208]"))));
        var clean = Analyze(("setupact.log", Act(
            ("Info", "MOUPG", "SetupHost::Initialize: CmdLine                = [/Install /Media /Quiet]"),
            ("Info", "MOUPG", "Finalize: Entering Execute Method"),
            ("Info", "MOUPG", "Setup phase change: [SetupPhaseInstall] -> [SetupPhasePostFinalize]"))));

        var ended = abrupt.Findings.Single(f => f.RuleId == SetupAbruptEndRule.Id);
        Assert.That((ended.Severity, ended.Code, ended.Subject), Is.EqualTo((FindingSeverity.Failure, (uint?)0xC1900208, "Finalize")));
        Assert.That(ended.Summary, Does.Contain("Save config data"));
        Assert.That(closed.Findings.Where(f => f.RuleId == SetupAbruptEndRule.Id), Is.Empty);
        Assert.That(clean.HasFailure, Is.False, clean.Describe());
    }

    [TestCase(0xC190020Eu)]
    [TestCase(0xC190020Cu)]
    [TestCase(0xC1900211u)]
    [TestCase(0xC1900212u)]
    [TestCase(0xC19001DFu)]
    [TestCase(0x80070027u)]
    public void Setups_down_level_disk_space_results_mean_disk_space(uint code)
    {
        var hex = "0x" + code.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
        var report = Analyze(("setupact.log", Act(
            ("Error", "MOUPG", $"CDlpActionDiskSpace::ExecuteRoutine(1128): Result = {hex}"),
            ("Error", "MOUPG", $"CSetupManager::ExecuteDownlevelMode(410): Result = {hex}"))));

        var failure = report.Findings.Single(f => f.Severity == FindingSeverity.Failure);
        Assert.That((failure.RuleId, failure.Code), Is.EqualTo((SetupDiskSpaceRule.Id, (uint?)code)), report.Describe());
        Assert.That(failure.Summary, Does.Contain("disk space"));
        Assert.That(failure.CheckIds, Does.Contain("disk.upgrade-space"));
        Assert.That(failure.FixIds, Does.Contain("disk.cleanup"));
    }

    [Test]
    public void A_successful_upgrades_setup_log_exits_without_a_failure()
    {
        var report = Analyze(("setupact.log", Act(
            ("Info", "MOUPG", "SetupHost::Initialize: CmdLine                = [/Install /Media /Quiet /Auto Upgrade]"),
            ("Info", "SP", "CSetupPlatform::Initialize: Setup log starts:"),
            ("Info", "MOUPG", "Setup phase change: [SetupPhaseDownLevel] -> [SetupPhaseInstall]"),
            ("Info", "SP", "Execution phase [Downlevel] exiting with HRESULT [0x00000000]"),
            ("Info", "MOUPG", "Setup phase change: [SetupPhaseInstall] -> [SetupPhasePostFinalize]"),
            ("Info", "MOUPG", "ImageExit: Initializing SetupResult: [0x0]"),
            ("Info", "MOUPG", "ImageExit: Initializing Extended:    [0x0]"))));

        Assert.That(report.HasFailure, Is.False, report.Describe());
        Assert.That(report.Findings.Single().Summary, Does.Contain("without an error"));
    }

    private static (string, string?)[] Cases(string profile) => SetupDiagParityTests.Cases[profile].Files;
}
