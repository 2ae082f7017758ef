using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class SetupResultFilesTests
{
    [Test]
    public void SetupDiag_fields_give_profile_error_extend_code_phase_and_operation()
    {
        var failure = LogBuilder.SetupDiag()
            .Add("", "Version", "1.6.0.0")
            .Add("", "ProfileName", "FindRollbackFailure")
            .Add("", "ProfileGuid", "3A43C9B5-05B3-4F7C-A955-88F991BB5A48")
            .Add("", "FailureData", "Error: SetupDiag reports rollback failure found.Last Phase = Post First BootLast Operation = Ensure suspended services are stoppedError = 0xC1900101-0x40017")
            .Add("", "FailureDetails", "RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017, LastOperation = Ensure suspended services are stopped, LastPhase = Post First Boot")
            .Add("", "RollbackErrorCode", "0xC1900101")
            .Add("", "ExtendedCode", "0x40017")
            .Run(new SetupDiagResultRule()).Single();

        Assert.That((failure.Code, failure.Subject, failure.Entry.Line), Is.EqualTo(((uint?)0xC1900101, "FindRollbackFailure", 2L)));
        Assert.That(failure.Summary, Does.Contain("0xC1900101-0x40017").And.Contain("Post First Boot").And.Contain("Ensure suspended services are stopped"));
    }

    [Test]
    public void SetupDiag_text_lines_are_read_too_and_a_bare_Win32_code_becomes_its_HRESULT()
    {
        var failure = LogBuilder.SetupDiag()
            .Add("", "", "Matching Profile found: FindSPFatalError - A4028172-1B09-48F8-AD3B-86CDD7D55852")
            .Add("", "", "Error: SetupDiag reports Fatal Error.\nLast Setup Phase = Downlevel\nLast Setup Operation: Gather data, scope: EVERYTHING\nError: 0x00000057")
            .Run(new SetupDiagResultRule()).Single();

        Assert.That((failure.Code, failure.Subject), Is.EqualTo(((uint?)0x80070057, "FindSPFatalError")));
        Assert.That(failure.Summary, Does.Contain("Downlevel").And.Contain("Gather data, scope: EVERYTHING"));
    }

    [Test]
    public void An_optional_component_failure_names_the_package_and_the_extend_code_of_a_later_line()
    {
        var failure = LogBuilder.SetupDiag()
            .Add("", "ProfileName", "OptionalComponentOpenPackageFailed")
            .Add("", "FailureData", "Error: SetupDiag reports Optional Component installation failed to open OC Package. Package Name: Foundation, Error: 0x8007001F")
            .Add("", "FailureData", "Error: SetupDiag reports down-level failure, Operation: Finalize, Error: 0x8007001F - 0x50015")
            .Run(new SetupDiagResultRule()).Single();

        Assert.That(failure.Summary, Does.Contain("0x8007001F-0x50015").And.Contain("Foundation").And.Contain("Finalize"));
    }

    [Test]
    public void A_SetupDiag_file_without_a_verdict_says_nothing()
    {
        var findings = LogBuilder.SetupDiag().Add("", "MachineName", "Offline").Run(new SetupDiagResultRule());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void A_hard_block_is_a_failure_naming_what_blocks()
    {
        var findings = LogBuilder.CompatData()
            .Add("Info", "HardwareItem", "HardwareType=Setup_SecureBoot; BlockingType=None")
            .Add("Block", "Program", "Name=Contoso VPN Client 4.2; Id=0x1234; BlockingType=Hard; StatusDetail=Uninstall")
            .Add("Block", "HardwareItem", "HardwareType=Setup_InsufficientSystemPartitionDiskSpace; BlockingType=Hard")
            .Add("Info", "Device", "Name=Legacy Scanner; BlockingType=Soft")
            .Run(new SetupCompatBlockRule());

        Assert.That(findings.Select(f => (f.Severity, f.Subject)), Is.EqualTo(new[]
        {
            (FindingSeverity.Failure, "Contoso VPN Client 4.2"),
            (FindingSeverity.Failure, "Setup_InsufficientSystemPartitionDiskSpace"),
            (FindingSeverity.Warning, "Legacy Scanner"),
        }));
        Assert.That(findings[1].CheckIds, Does.Contain("disk.upgrade-space"));
    }

    [Test]
    public void A_driver_package_that_will_not_migrate_is_a_warning_whatever_the_level_says()
    {
        var findings = LogBuilder.CompatData()
            .Add("Info", "DriverPackage", "Inf=oem12.inf; BlockMigration=False; HasSignedBinaries=True")
            .Add("Block", "DriverPackage", "Inf=oem1.inf; BlockMigration=True; HasSignedBinaries=False")
            .Add("Block", "DriverPackage", "Inf=\"oem0.inf\" BlockMigration=\"True\" HasSignedBinaries=\"True\"")
            .Run(new SetupCompatBlockRule());

        Assert.That(findings.Select(f => (f.Severity, f.Subject)), Is.EqualTo(new[]
        {
            (FindingSeverity.Warning, "oem1.inf"),
            (FindingSeverity.Warning, "oem0.inf"),
        }));
        Assert.That(findings[0].Summary, Does.Contain("unsigned"));
    }
}
