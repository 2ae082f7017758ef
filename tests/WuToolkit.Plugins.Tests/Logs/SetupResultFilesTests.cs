using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Logs.Sources;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>SetupDiag's verdict and Setup's compatibility blocks, read from the files as the log library reads them.</summary>
public class SetupResultFilesTests
{
    private const string RollbackXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <SetupDiag xmlns="https://docs.microsoft.com/windows/deployment/upgrade/setupdiag">
          <Version>1.6.0.0</Version>
          <ProfileName>FindRollbackFailure</ProfileName>
          <ProfileGuid>3A43C9B5-05B3-4F7C-A955-88F991BB5A48</ProfileGuid>
          <FailureData>Error: SetupDiag reports rollback failure found.Last Phase = Post First BootLast Operation = Ensure suspended services are stoppedError = 0xC1900101-0x40017</FailureData>
          <FailureDetails>RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017, LastOperation = Ensure suspended services are stopped, LastPhase = Post First Boot</FailureDetails>
        </SetupDiag>
        """;

    private static List<LogFinding> SetupDiag(string name, string content) => Rules.Run(new SetupDiagResultRule(), LogBuilder.Read(name, content));

    private static List<LogFinding> CompatData(string items) => Rules.Run(new SetupCompatBlockRule(), LogBuilder.Read("CompatData_2026_11_20.xml", $"""
        <?xml version="1.0" encoding="utf-8"?>
        <CompatReport xmlns="http://www.microsoft.com/ApplicationExperience/UpgradeAdvisor/01012009">
        {items}
        </CompatReport>
        """));

    [Test]
    public void SetupDiag_fields_give_profile_error_extend_code_phase_and_operation()
    {
        var failure = SetupDiag("SetupDiagResults.xml", RollbackXml).Single();

        Assert.That((failure.Code, failure.Subject, failure.Entry.Line), Is.EqualTo(((uint?)0xC1900101, "FindRollbackFailure", 4L)));
        Assert.That(failure.Summary, Does.Contain("0xC1900101-0x40017").And.Contain("Post First Boot").And.Contain("Ensure suspended services are stopped"));
    }

    [Test]
    public void The_values_SetupDiag_left_in_the_registry_give_the_same_verdict_as_its_result_file()
    {
        const string key = MachineLogSources.SetupDiagKey;
        var entries = MachineLogEntries.FromSetupDiagValues(key,
        [
            new RegistryValue { Key = key, Name = "ProfileName", Kind = "REG_SZ", Data = "FindRollbackFailure" },
            new RegistryValue { Key = key, Name = "FailureData", Kind = "REG_MULTI_SZ", Data = "Error: SetupDiag reports rollback failure found.\nLast Phase = Post First Boot\nLast Operation = Ensure suspended services are stopped\nError = 0xC1900101-0x40017" },
        ]);

        var fromRegistry = Rules.Run(new SetupDiagResultRule(), entries).Single();
        var fromFile = SetupDiag("SetupDiagResults.xml", RollbackXml).Single();

        Assert.That((fromRegistry.Code, fromRegistry.Subject, fromRegistry.Summary), Is.EqualTo((fromFile.Code, fromFile.Subject, fromFile.Summary)));
    }

    [Test]
    public void SetupDiag_text_lines_are_read_too_and_a_bare_Win32_code_becomes_its_HRESULT()
    {
        var failure = SetupDiag("SetupDiagResults.log", """
            Matching Profile found: FindSPFatalError - A4028172-1B09-48F8-AD3B-86CDD7D55852
            System Information:
            	Machine Name = Offline
            Error: SetupDiag reports Fatal Error.
            Last Setup Phase = Downlevel
            Last Setup Operation: Gather data, scope: EVERYTHING
            Error: 0x00000057
            """).Single();

        // The text form's "Error: 0x00000057" is a line of its own, an Error field like the XML form's.
        Assert.That((failure.Code, failure.Subject, failure.Entry.Line), Is.EqualTo(((uint?)0x80070057, "FindSPFatalError", 1L)));
        Assert.That(failure.Summary, Does.Contain("0x80070057").And.Contain("Downlevel").And.Contain("Gather data, scope: EVERYTHING"));
    }

    [Test]
    public void A_bare_Win32_code_in_FailureDetails_is_given_as_its_HRESULT()
    {
        var failure = SetupDiag("SetupDiagResults.json", """
            { "ProfileName": "FindSPFatalError", "FailureDetails": "Err = 0x00000057, LastOperation = Gather data, scope: EVERYTHING, LastPhase = Downlevel" }
            """).Single();

        Assert.That(failure.Code, Is.EqualTo(0x80070057));
        Assert.That(failure.Summary, Does.Contain("Downlevel").And.Contain("Gather data, scope: EVERYTHING"));
    }

    [Test]
    public void An_optional_component_failure_names_the_package_and_the_extend_code_of_a_later_line()
    {
        var failure = SetupDiag("SetupDiagResults.log", """
            Matching Profile found: OptionalComponentOpenPackageFailed - 22952520-EC89-4FBD-94E0-B67DF88347F6
            Error: SetupDiag reports Optional Component installation failed to open OC Package. Package Name: Foundation, Error: 0x8007001F
            Error: SetupDiag reports down-level failure, Operation: Finalize, Error: 0x8007001F - 0x50015
            """).Single();

        Assert.That(failure.Summary, Does.Contain("0x8007001F-0x50015").And.Contain("Foundation").And.Contain("Finalize"));
    }

    [Test]
    public void A_SetupDiag_file_without_a_verdict_says_nothing()
    {
        var findings = SetupDiag("SetupDiagResults.json", """{ "SystemInfo": { "MachineName": "Offline" } }""");

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void A_hard_block_is_a_failure_naming_what_blocks()
    {
        var findings = CompatData("""
            <Hardware><HardwareItem HardwareType="Setup_SecureBoot"><CompatibilityInfo BlockingType="None"/></HardwareItem></Hardware>
            <Programs><Program Name="Contoso VPN Client 4.2" Id="0x1234"><CompatibilityInfo BlockingType="Hard" StatusDetail="Uninstall"/></Program></Programs>
            <Hardware><HardwareItem HardwareType="Setup_InsufficientSystemPartitionDiskSpace"><CompatibilityInfo BlockingType="Hard"/></HardwareItem></Hardware>
            <Devices><Device Name="Legacy Scanner"><CompatibilityInfo BlockingType="Soft"/></Device></Devices>
            """);

        Assert.That(findings.Select(f => (f.Severity, f.Subject)), Is.EqualTo(new[]
        {
            (FindingSeverity.Failure, "Contoso VPN Client 4.2"),
            (FindingSeverity.Failure, "Setup_InsufficientSystemPartitionDiskSpace"),
            (FindingSeverity.Warning, "Legacy Scanner"),
        }));
        // The system partition is the small EFI or System Reserved one: space on C: (disk.upgrade-space, disk.cleanup)
        // does not help; its own check and enlarging or freeing it do.
        Assert.That(findings[1].CheckIds, Does.Contain("upgrade.reserved-partition").And.No.Contain("disk.upgrade-space"));
        Assert.That(findings[1].FixIds, Does.Not.Contain("disk.cleanup"));
        Assert.That(findings[1].Summary, Does.Contain("system partition"));
        Assert.That(findings[1].Remedy, Does.Contain("EFI or System Reserved").And.Contain("C: does not help"));
    }

    [Test]
    public void An_item_is_named_by_its_own_attributes_not_by_words_inside_another_one()
    {
        // The title's words look like another attribute when the attributes are one line of text; as fields they are not.
        var failure = CompatData("""
            <Programs><Program Title="Uninstall Name=Other first" Id="Contoso.Agent"><CompatibilityInfo BlockingType="Hard"/></Program></Programs>
            """).Single();

        Assert.That(failure.Subject, Is.EqualTo("Contoso.Agent"));
    }

    [Test]
    public void A_driver_package_that_will_not_migrate_is_a_warning_whatever_the_level_says()
    {
        var findings = CompatData("""
            <DriverPackages>
            <DriverPackage Inf="oem12.inf" BlockMigration="False" HasSignedBinaries="True"/>
            <DriverPackage Inf="oem1.inf" BlockMigration="True" HasSignedBinaries="False"/>
            <DriverPackage Inf="oem0.inf" BlockMigration="true" HasSignedBinaries="True"/>
            </DriverPackages>
            """);

        Assert.That(findings.Select(f => (f.Severity, f.Subject)), Is.EqualTo(new[]
        {
            (FindingSeverity.Warning, "oem1.inf"),
            (FindingSeverity.Warning, "oem0.inf"),
        }));
        Assert.That(findings[0].Summary, Does.Contain("unsigned"));
        Assert.That(findings[1].Summary, Does.Not.Contain("unsigned"));
    }
}
