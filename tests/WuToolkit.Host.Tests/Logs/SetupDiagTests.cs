using System.Text;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Tests.Logs;

public class SetupDiagTests
{
    private const string Text =
        "\r\n" +
        "Matching Profile found: FindDemoFailure - 11111111-2222-3333-4444-555555555555\n" +
        "SetupDiag version: 1.6.0.0\r\n" +
        "System Information:\r\n" +
        "\tMachine Name = DEMO-PC\r\n" +
        "\tHostOSVersion = \r\n" +
        "\tUpgradeStartTime = 5/23/2023 12:21:30 AM\r\n" +
        "\r\n" +
        "Error: SetupDiag reports rollback failure found.\n" +
        "Last Phase = Safe OS\n" +
        "Last Operation = Apply WIM file, index 6 to D:\\$WINDOWS.~BT\\NewOS\n" +
        "Error = 0x8007000D-0x2000C\r\n" +
        "LogEntry: 2023-05-23 00:32:46, Error                 SP     ExecuteOperations: Main operation execution failed. Error: 0x8007000D\r\n" +
        "Refer to \"https://example.invalid/codes\" for error information.\r\n" +
        "Last Setup Phase:\n" +
        "Phase Name: Safe OS\n" +
        "\tPhase Started: 5/23/2023 12:32:12 AM\n" +
        "\tPhase Ended: 1/1/0001 12:00:00 AM\n" +
        "\tCompleted Successfully? False\n";

    private const string Xml =
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n" +
        "<SetupDiag xmlns=\"https://docs.microsoft.com/windows/deployment/upgrade/setupdiag\">\r\n" +
        "  <Version>1.6.0.0</Version>\r\n" +
        "  <ProfileName>FindDemoFailure</ProfileName>\r\n" +
        "  <SystemInfo>\r\n" +
        "    <MachineName>DEMO-PC</MachineName>\r\n" +
        "    <BiosVersion />\r\n" +
        "    <UpgradeStartTime>2019-06-06T21:19:10</UpgradeStartTime>\r\n" +
        "    <RollbackStartTime>0001-01-01T00:00:00</RollbackStartTime>\r\n" +
        "  </SystemInfo>\r\n" +
        "  <FailureData>\r\nError: SetupDiag reports rollback failure found.\r\nLast Phase = Post First Boot</FailureData>\r\n" +
        "  <FailureDetails>RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017, LastOperation = Stop services, scope: all, LastPhase = Post First Boot</FailureDetails>\r\n" +
        "</SetupDiag>\r\n";

    // As published: raw line breaks inside a string, which strict JSON forbids.
    private const string Json =
        "{\n" +
        "    \"Version\":\"1.6.0.0\",\n" +
        "    \"ProfileName\":\"FindDemoFatalError\",\n" +
        "    \"SystemInfo\":{\n" +
        "        \"MachineName\":\"DEMO-PC\",\n" +
        "        \"TargetOSArchitecture\":null,\n" +
        "        \"RollbackStartTime\":\"\\/Date(-62135568000000-0800)\\/\",\n" +
        "        \"UpgradeElapsedTime\":\"PT1H2M39S\",\n" +
        "        \"UpgradeStartTime\":\"\\/Date(1559881150000-0700)\\/\"\n" +
        "    },\n" +
        "    \"LogErrorLine\":\"2019-06-06 21:47:11, Error                 SP     Demo[\n        gle=0x00000057\n    ]\",\n" +
        "    \"FailureData\":[\n" +
        "        \"\\u000aError: SetupDiag reports Fatal Error.\",\n" +
        "        \"Refer to \\\"https:\\/\\/example.invalid\\\" for error information.\"\n" +
        "    ],\n" +
        "    \"FailureDetails\":\"Err = 0x00000057, LastOperation = Gather data, scope: EVERYTHING, LastPhase = Downlevel\",\n" +
        "    \"Remediation\":[\n        \n    ],\n" +
        "    \"SetupPhaseInfo\":null\n" +
        "}\n";

    [Test]
    public void The_text_form_gives_one_entry_per_field()
    {
        var entries = LogFixtures.Read(Text, "SetupDiagResults.log");

        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(LogKind.SetupDiag));
        Assert.That(entries.Select(e => (e.Line, e.Component, e.Text)), Is.EqualTo(new[]
        {
            (2L, "ProfileName", "FindDemoFailure"),
            (2L, "ProfileGuid", "11111111-2222-3333-4444-555555555555"),
            (3L, "Version", "1.6.0.0"),
            (5L, "MachineName", "DEMO-PC"),
            (7L, "UpgradeStartTime", "5/23/2023 12:21:30 AM"),
            (9L, "FailureData", "Error: SetupDiag reports rollback failure found."),
            (10L, "LastSetupPhase", "Safe OS"),
            (11L, "LastSetupOperation", "Apply WIM file, index 6 to D:\\$WINDOWS.~BT\\NewOS"),
            (12L, "Error", "0x8007000D-0x2000C"),
            (12L, "ExtendedCode", "0x2000C"),
            (13L, "LogErrorLine", "2023-05-23 00:32:46, Error                 SP     ExecuteOperations: Main operation execution failed. Error: 0x8007000D"),
            (14L, "FailureData", "Refer to \"https://example.invalid/codes\" for error information."),
            (16L, "PhaseName", "Safe OS"),
            (17L, "PhaseStartTime", "5/23/2023 12:32:12 AM"),
            (19L, "CompletedSuccessfully", "False"),
        }));
        Assert.That(entries.Single(e => e.Component == "UpgradeStartTime").Time, Is.EqualTo(new DateTimeOffset(2023, 5, 23, 0, 21, 30, TimeSpan.Zero)));
        Assert.That(entries.Where(e => !e.Component.EndsWith("Time", StringComparison.Ordinal)).Select(e => e.Time), Is.All.Null);
    }

    [Test]
    public void The_xml_form_in_UTF16_gives_the_same_names()
    {
        var bytes = LogFixtures.Encode(Xml, Encoding.Unicode, byteOrderMark: true);

        var entries = LogFixtures.Read(bytes, "SetupDiagResults.xml");

        Assert.That(entries.Select(e => (e.Line, e.Component, e.Text)), Is.EqualTo(new[]
        {
            (3L, "Version", "1.6.0.0"),
            (4L, "ProfileName", "FindDemoFailure"),
            (6L, "MachineName", "DEMO-PC"),
            (8L, "UpgradeStartTime", "2019-06-06T21:19:10"),
            (11L, "FailureData", "Error: SetupDiag reports rollback failure found.\nLast Phase = Post First Boot"),
            (14L, "FailureDetails", "RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017, LastOperation = Stop services, scope: all, LastPhase = Post First Boot"),
            (14L, "RollbackErrorCode", "0xC1900101"),
            (14L, "ExtendedCode", "0x40017"),
            (14L, "LastSetupOperation", "Stop services, scope: all"),
            (14L, "LastSetupPhase", "Post First Boot"),
        }));
        Assert.That(entries[3].Time, Is.EqualTo(new DateTimeOffset(2019, 6, 6, 21, 19, 10, TimeSpan.Zero)));
    }

    [Test]
    public void An_xml_file_cut_short_gives_what_came_before_the_cut()
    {
        var cut = Xml[..Xml.IndexOf("<FailureDetails>", StringComparison.Ordinal)] + "<FailureDetails>RollbackErrorCode = 0xC19";

        var entries = LogFixtures.Read(cut, "SetupDiagResults.xml");

        Assert.That(entries.Select(e => e.Component), Is.EqualTo(new[] { "Version", "ProfileName", "MachineName", "UpgradeStartTime", "FailureData" }));
    }

    [Test]
    public void Utf8_bytes_that_declare_utf16_are_read_as_what_they_are()
    {
        var entries = LogFixtures.Read(LogFixtures.Utf8(Xml), "SetupDiagResults.xml");

        Assert.That(entries.Single(e => e.Component == "ProfileName").Text, Is.EqualTo("FindDemoFailure"));
    }

    [Test]
    public void The_json_form_tolerates_raw_line_breaks_and_converts_WCF_dates()
    {
        var entries = LogFixtures.Read(Json, "SetupDiagResults.json");

        Assert.That(entries.Select(e => (e.Line, e.Component)), Is.EqualTo(new[]
        {
            (2L, "Version"), (3L, "ProfileName"), (5L, "MachineName"), (8L, "UpgradeElapsedTime"), (9L, "UpgradeStartTime"),
            (11L, "LogErrorLine"), (15L, "FailureData"), (16L, "FailureData"),
            (18L, "FailureDetails"), (18L, "Error"), (18L, "LastSetupOperation"), (18L, "LastSetupPhase"),
        }));
        var start = entries.Single(e => e.Component == "UpgradeStartTime");
        Assert.That(start.Text, Is.EqualTo("2019-06-06T21:19:10-07:00"));
        Assert.That(start.Time, Is.EqualTo(new DateTimeOffset(2019, 6, 6, 21, 19, 10, TimeSpan.FromHours(-7))));
        Assert.That(entries.Single(e => e.Component == "LogErrorLine").Text, Does.Contain("\n        gle=0x00000057\n"));
        Assert.That(entries[6].Text, Is.EqualTo("Error: SetupDiag reports Fatal Error."));
        Assert.That(entries[7].Text, Is.EqualTo("Refer to \"https://example.invalid\" for error information."));
        Assert.That(entries.Single(e => e.Component == "Error").Text, Is.EqualTo("0x00000057"));
    }

    [Test]
    public void The_form_is_recognised_without_the_file_name()
    {
        Assert.That(LogFixtures.Read(Text, "results.txt").First().Kind, Is.EqualTo(LogKind.SetupDiag));
        Assert.That(LogFixtures.Read(Xml, "results.txt").First().Kind, Is.EqualTo(LogKind.SetupDiag));
        Assert.That(LogFixtures.Read(Json, "results.txt").First().Kind, Is.EqualTo(LogKind.SetupDiag));
    }

    [Test]
    public void Each_entry_holds_its_own_field_and_the_values_its_free_text_names()
    {
        var entries = LogFixtures.Read(Text, "SetupDiagResults.log");

        Assert.That(entries[0].Fields, Is.EquivalentTo(new Dictionary<string, string> { ["ProfileName"] = "FindDemoFailure" }));
        Assert.That(entries.Single(e => e.Component == "LastSetupPhase").Field("lastsetupphase"), Is.EqualTo("Safe OS"), "names compare without regard to case");
        var logLine = entries.Single(e => e.Component == "LogErrorLine");
        Assert.That(logLine.Field("Error"), Is.EqualTo("0x8007000D"), "the code the matched log line names");
        Assert.That(entries.Single(e => e.Component == "Error").Fields, Has.Count.EqualTo(1), "a code is only itself");
    }

    [Test]
    public void Failure_text_run_together_is_split_into_the_fields_it_names()
    {
        var entries = LogFixtures.Read("""
            <SetupDiag>
              <FailureData>Error: SetupDiag reports rollback failure found.Last Phase = Post First BootLast Operation = Ensure suspended services are stoppedError = 0xC1900101-0x40017</FailureData>
              <FailureData>Error: SetupDiag reports Optional Component installation failed to open OC Package. Package Name: Foundation, Error: 0x8007001F</FailureData>
              <FailureData>Error: SetupDiag reports down-level failure, Operation: Finalize, Error: 0x8007001F - 0x50015</FailureData>
            </SetupDiag>
            """, "SetupDiagResults.xml");

        Assert.That(entries[0].Fields, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["FailureData"] = entries[0].Text,
            ["LastSetupPhase"] = "Post First Boot",
            ["LastSetupOperation"] = "Ensure suspended services are stopped",
            ["Error"] = "0xC1900101-0x40017",
        }));
        Assert.That((entries[1].Field("PackageName"), entries[1].Field("Error")), Is.EqualTo(("Foundation", "0x8007001F")), "\"Error: SetupDiag reports\" is words, not a code");
        Assert.That((entries[2].Field("LastSetupOperation"), entries[2].Field("Error")), Is.EqualTo(("Finalize", "0x8007001F - 0x50015")));
    }

    [Test]
    public void FailureDetails_holds_its_parts_and_a_later_mention_of_the_same_code_gives_its_extend_code()
    {
        var entries = LogFixtures.Read(Json, "SetupDiagResults.json");
        var details = entries.Single(e => e.Component == "FailureDetails");
        var repeated = LogFixtures.Read("Error: SetupDiag reports failure. Error: 0x8007001F, then Error: 0x80070005, then Error: 0x8007001F-0x50015\n", "SetupDiagResults.log").Single();

        Assert.That((details.Field("Error"), details.Field("LastSetupOperation"), details.Field("LastSetupPhase")),
            Is.EqualTo(("0x00000057", "Gather data, scope: EVERYTHING", "Downlevel")));
        Assert.That(repeated.Field("Error"), Is.EqualTo("0x8007001F-0x50015"));
    }
}
