using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class CbsPackageFailureRuleTests
{
    [Test]
    public void A_failed_cumulative_update_is_one_failure_naming_the_package_and_KB()
    {
        var findings = LogBuilder.Cbs()
            .Info("CBS", "Exec: Installing Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.630.1.8, Update: 4586781-2345_neutral_PACKAGE")
            .Error("CBS", "Startup: Failed to process advanced operation queue, startupPhase: 0.  A rollback transaction will be created. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]")
            .Info("CBS", "WER: Generating failure report for package: Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.630.1.8, status: 0x800f0922, failure source: Execute, start state: Staged, target state: Installed, client id: UpdateAgentLCU")
            .Info("CBS", "Exec: Processing complete.  Session: 30849213_2154573023, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.630.1.8, Identifier: KB4586781 [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]")
            .Run(new CbsPackageFailureRule());

        var failure = findings.Single();
        Assert.That(failure.Severity, Is.EqualTo(FindingSeverity.Failure));
        Assert.That(failure.Code, Is.EqualTo(0x800F0922u));
        Assert.That(failure.Subject, Is.EqualTo("Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.630.1.8"));
        Assert.That(failure.Entry.Line, Is.EqualTo(3));
        Assert.That(failure.Summary, Does.Contain("KB4586781").Or.Contain("Package_for_RollupFix"));
    }

    [Test]
    public void The_KB_is_taken_from_the_package_name_when_the_line_has_no_identifier()
    {
        var failure = LogBuilder.Cbs()
            .Error("CBS", "Failed to pre- stage package: Package_for_KB5012170~31bf3856ad364e35~amd64~~22621.372.1.1 [HRESULT = 0x800f0988 - PSFX_E_INVALID_DELTA_COMBINATION]")
            .Run(new CbsPackageFailureRule()).Single();

        Assert.That(failure.Summary, Does.StartWith("KB5012170"));
    }

    [Test]
    public void Successful_sessions_probing_noise_and_corruption_codes_are_not_package_failures()
    {
        var findings = LogBuilder.Cbs()
            .Info("CBS", "Exec: Processing complete.  Session: 30754339_543620214, Package: Package_for_KB4507453~31bf3856ad364e35~amd64~~18362.235.1.2, Identifier: KB4507453 [HRESULT = 0x00000000 - S_OK]")
            .Info("CBS", "Exec: Processing complete.  Session: 1_2, Package: Package_for_KB4507453~31bf3856ad364e35~amd64~~18362.235.1.2, Identifier: KB4507453 [HRESULT = 0x00000bc2 - ERROR_SUCCESS_REBOOT_REQUIRED]")
            .Info("CBS", "Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]")
            .Error("CBS", "Failed to resolve package 'Package_105_for_KB3172988~31bf3856ad364e35~amd64~~6.3.1.1' [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]")
            .Run(new CbsPackageFailureRule());

        Assert.That(findings, Is.Empty);
    }
}
