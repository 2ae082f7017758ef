using System.Text;
using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary>
/// What people paste into tickets is rarely a whole file: a few lines of a log, SetupDiag's output without its header,
/// an event copied from Event Viewer, a CBS excerpt inside a Markdown quote or an e-mail reply. Given on standard input
/// (<c>wutk logs analyze -</c>), each is read as the log it quotes, and the output says what it was taken for.
/// </summary>
public class PastedTextTests
{
    private static async Task<Support.Cli.Result> PasteAsync(string text, params string[] more)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
        return await Support.Cli.RunAsync(["logs", "analyze", "-", .. more], standardInput: input);
    }

    private static JsonElement File0(JsonDocument json) => json.RootElement.GetProperty("files")[0];

    [Test]
    public async Task Three_lines_of_setupact_are_read_as_Setup_and_the_table_says_so()
    {
        const string lines = """
            2022-07-06 08:18:24, Error                 SP     CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032
            2022-07-06 08:18:24, Error                 MOUPG  CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x80070032
            2022-07-06 08:18:24, Error                 MOUPG  CSetupManager::ExecuteDownlevelMode(410): Result = 0x80070032
            """;

        var table = await PasteAsync(lines);
        var json = await PasteAsync(lines, "--format", "json");

        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.IssueFound), table.Output + table.Error);
        Assert.That(table.Output, Does.Contain("(standard input): read as a Setup log (setupact.log)"));
        Assert.That(table.Output, Does.Contain("Disk provisioning is not available"));
        Assert.That(SchemaFiles.Errors("logs-v1.schema.json", json.Output), Is.Empty);
        using var document = JsonDocument.Parse(json.Output);
        Assert.That(File0(document).GetProperty("kind").GetString(), Is.EqualTo("setupAct"));
        Assert.That(File0(document).GetProperty("kindFromContent").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_CBS_excerpt_inside_a_Markdown_quote_and_fence_is_read_as_CBS()
    {
        const string mail = """
            > Here is what CBS.log says:
            > ```log
            > 2023-05-17 08:45:59, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]
            > 2023-05-17 08:45:59, Info                  CBS    WER: Generating failure report for package: Package_for_RollupFix~31bf3856ad364e35~amd64~~22621.1702.1.6, status: 0x800f0922, failure source: Execute, start state: Staged, target state: Installed, client id: UpdateAgentLCU
            > ```
            """;

        var json = await PasteAsync(mail, "--format", "json");
        var table = await PasteAsync(mail);

        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.IssueFound), json.Output + json.Error);
        using var document = JsonDocument.Parse(json.Output);
        Assert.That(File0(document).GetProperty("kind").GetString(), Is.EqualTo("cbs"));
        Assert.That(File0(document).GetProperty("unwrapped").GetBoolean(), Is.True);
        var codes = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.That(codes, Does.Contain("0x800F0922"));
        Assert.That(table.Output, Does.Contain("read as a servicing log (CBS.log), with the quote marks"));
    }

    [Test]
    public async Task SetupDiag_output_without_its_header_names_the_cause()
    {
        var result = await PasteAsync("""
            Warning: Found Application Block for: "Microsoft Endpoint Protection".
            This is a dismissible message when not running setup.exe in "/quiet" mode.
            Consider specifying "/compat /ignore warning" to ignore these dismissible warnings.
            """, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Output + result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.That(File0(document).GetProperty("kind").GetString(), Is.EqualTo("setupDiag"));
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.That(finding.GetProperty("summary").GetString(), Does.Contain("Microsoft Endpoint Protection"));
        Assert.That(finding.GetProperty("remedy").GetString(), Does.Contain("/compat ignorewarning"));
    }

    [Test]
    public async Task An_event_copied_from_Event_Viewer_is_read_as_an_event()
    {
        var result = await PasteAsync("""
            Log Name:      System
            Source:        Microsoft-Windows-WindowsUpdateClient
            Date:          5/17/2023 8:00:00 AM
            Event ID:      20
            Task Category: Windows Update Agent
            Level:         Error
            Keywords:      Failure,Installation
            User:          SYSTEM
            Computer:      PC42
            Description:
            Installation Failure: Windows failed to install the following update with error 0x80070643: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.391.1234.0).
            """, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Output + result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.That(File0(document).GetProperty("kind").GetString(), Is.EqualTo("eventLog"));
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.That((finding.GetProperty("code").GetString(), finding.GetProperty("subject").GetString()), Is.EqualTo(("0x80070643", "KB2267602")));
    }

    [TestCase("FindSuccessfulUpgrade")]
    [TestCase("CompatScanOnly")]
    [TestCase("No match found")]
    public async Task SetupDiag_verdicts_that_are_no_failure_exit_0_and_are_shown(string profile)
    {
        var result = await PasteAsync($"""
            <?xml version="1.0" encoding="utf-8"?>
            <SetupDiag xmlns="https://learn.microsoft.com/windows/deployment/upgrade/setupdiag">
              <Version>1.7.0.0</Version>
              <ProfileName>{profile}</ProfileName>
            </SetupDiag>
            """);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("0 failures"));
        Assert.That(result.Output, Does.Contain(profile == "FindSuccessfulUpgrade" ? "The upgrade succeeded"
            : profile == "CompatScanOnly" ? "compatibility scan only" : "no known cause"));
    }
}
