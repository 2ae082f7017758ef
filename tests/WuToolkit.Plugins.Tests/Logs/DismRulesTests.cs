using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class DismRulesTests
{
    private static LogBuilder Session(string command) => LogBuilder.Dism()
        .Info("DISM", "DISM.EXE: <----- Starting Dism.exe session ----->")
        .Info("DISM", "DISM.EXE: Host machine information: OS Version=10.0.22621, Running architecture=amd64, Number of processors=12")
        .Info("DISM", "DISM.EXE: Executing command line: " + command)
        .Warning("DISM", @"DISM Provider Store: PID=15940 TID=3152 Failed to load the provider: C:\Users\J\AppData\Local\Temp\BF78\PEProvider.dll. - CDISMProviderStore::Internal_GetProvider(hr:0x8007007e)");

    private static LogBuilder SourceMissing() => Session(@"dism  /online /cleanup-image /restorehealth /source:I:\sources\install.wim /limitaccess")
        .Warning("DISM", "DISM Package Manager: PID=5372 TID=12244 CBS AddSource failed with HRESULT=0x8007010b! - CDISMPackageManager::Internal_Finalize")
        .Info("DISM", "DISM Package Manager: PID=5372 TID=12240  Error in operation: source for package or file not found, ResolveSource() unsuccessful. (CBS HRESULT=0x800f081f) - CCbsConUIHandler::Error")
        .Error("DISM", "DISM Package Manager: PID=5372 TID=12244 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f081f)")
        .Error("DISM", "DISM Package Manager: PID=5372 TID=12244 Failed processing package changes with session option CbsSessionOptionRepairStoreCorruption - CDISMPackageManager::RestoreHealth(hr:0x800f081f)")
        .Error("DISM", "DISM Package Manager: PID=5372 TID=12244 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)")
        .Error("DISM", "DISM Package Manager: PID=5372 TID=12244 Failed while processing command cleanup-image. - CPackageManagerCLIHandler::ExecuteCmdLine(hr:0x800f081f)")
        .Info("DISM", "DISM.EXE: Image session has been closed. Reboot required=no.");

    [Test]
    public void RestoreHealth_without_source_files_is_one_failure_with_the_command_and_hints()
    {
        var failure = SourceMissing().Run(new DismCommandFailedRule()).Single();

        Assert.That(failure.Code, Is.EqualTo(0x800F081Fu));
        Assert.That(failure.Entry.Line, Is.EqualTo(9));
        Assert.That(failure.Subject, Is.EqualTo(@"dism /online /cleanup-image /restorehealth /source:I:\sources\install.wim /limitaccess"));
        Assert.That(failure.Summary, Does.Contain("/Source").And.Contain("Windows Update"));
        Assert.That(failure.CheckIds, Does.Contain("network.endpoints"));
    }

    [Test]
    public void A_cancelled_command_names_the_servicing_error_that_came_first()
    {
        var failure = Session("dism  /online /cleanup-image /restorehealth")
            .Info("DISM", "DISM Package Manager: PID=15940 TID=11164  Error in operation: (null) (CBS HRESULT=0x800f0821) - CCbsConUIHandler::Error")
            .Error("DISM", "DISM Package Manager: PID=15940 TID=3152 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0821)")
            .Error("DISM", "DISM Package Manager: PID=15940 TID=3152 Failed processing package changes with session option CbsSessionOptionRepairStoreCorruption - CDISMPackageManager::RestoreHealth(hr:0x800704c7)")
            .Error("DISM", "DISM Package Manager: PID=15940 TID=3152 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800704c7)")
            .Error("DISM", "DISM.EXE: DISM Package Manager processed the command line but failed. HRESULT=800704C7")
            .Run(new DismCommandFailedRule()).Single();

        Assert.That(failure.Code, Is.EqualTo(0x800704C7u));
        Assert.That(failure.Summary, Does.Contain("cancelled").And.Contain("0x800F0821").And.Contain("CDISMPackageManager::Internal_Finalize"));
    }

    [Test]
    public void An_RPC_failure_says_the_servicing_stack_stopped_answering()
    {
        var failure = Session("dism  /online /cleanup-image /scanhealth")
            .Error("DISM", "DISM Package Manager: PID=10160 TID=6292 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800706be)")
            .Error("DISM", "DISM.EXE: DISM Package Manager processed the command line but failed. HRESULT=800706BE")
            .Run(new DismCommandFailedRule()).Single();

        Assert.That(failure.Code, Is.EqualTo(0x800706BEu));
        Assert.That(failure.Summary, Does.Contain("TrustedInstaller"));
    }

    [Test]
    public void Each_failed_session_is_reported_and_a_successful_one_is_not()
    {
        var log = SourceMissing();
        foreach (var entry in Session("dism.exe  /Online /Enable-Feature=TelnetClient").Entries)
        {
            log.Add(entry.Level, entry.Component, entry.Text);
        }

        log.Info("DISM", "DISM.EXE: Image session has been closed. Reboot required=no.");

        Assert.That(log.Run(new DismCommandFailedRule()), Has.Count.EqualTo(1));
    }

    [Test]
    public void Provider_warnings_and_cleanmgr_lines_without_a_component_are_not_failures()
    {
        var findings = Session("dism.exe /Online /Enable-Feature=TelnetClient")
            .Error("", "EnumeratePathEx: FindFirstFile failed for [C:\\$Windows.~BT\\*]; GLE = 0x3[gle=0x00000003]")
            .Warning("DISM", "DISM Driver Manager: PID=12404 TID=23604 Failed to find the INF package in the driver store (hr = 0x80070490); falling back to INF file name - CDriverPackage::InitPublishedInfName")
            .Info("DISM", "DISM.EXE: Image session has been closed. Reboot required=no.")
            .Entries;

        foreach (ILogRule rule in new ILogRule[] { new DismCommandFailedRule(), new DismCommandLineRule(), new DismAddSourceRule() })
        {
            Assert.That(Rules.Run(rule, findings), Is.Empty, rule.GetType().Name);
        }
    }

    [Test]
    public void A_rejected_command_line_is_a_usage_failure_naming_the_command()
    {
        var findings = LogBuilder.Dism()
            .Error("DISM", @"DISM.EXE: Failed validating command line: dism  /online /cleanup-image /restorehealth /source:I:\sources\install.wim /limit access")
            .Error("DISM", "DISM.EXE: No providers were found that support the command(enablefeature). HRESULT=0")
            .Run(new DismCommandLineRule());

        Assert.That(findings.Select(f => f.Severity), Is.All.EqualTo(FindingSeverity.Failure));
        Assert.That(findings[0].Subject, Is.EqualTo(@"dism /online /cleanup-image /restorehealth /source:I:\sources\install.wim /limit access"));
        Assert.That(findings[0].Summary, Does.Contain("usage error"));
        Assert.That(findings[1].Subject, Is.EqualTo("/enablefeature"));
        Assert.That(findings.Select(f => f.Code), Is.All.Null);
    }

    [Test]
    public void A_source_DISM_cannot_use_is_a_warning_naming_the_source()
    {
        var warning = SourceMissing().Run(new DismAddSourceRule()).Single();

        Assert.That((warning.Severity, warning.Code), Is.EqualTo((FindingSeverity.Warning, (uint?)0x8007010B)));
        Assert.That(warning.Subject, Is.EqualTo(@"I:\sources\install.wim"));
        Assert.That(warning.Summary, Does.Contain("wim:"));
    }
}
