using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary>
/// The message names the real cause: a folder or path that cannot be read is "permission denied" (66), not
/// "no log found" or "does not exist"; a file that is no log wutk knows is said to be one, and, since nothing
/// in it was analysed, the answer is incomplete (3) unless another file shows a failure (1).
/// </summary>
public class UnreadableOrUnknownInputTests
{
    private const string Healthy = """
        2026-11-20 09:10:00, Info                  CBS    Starting TrustedInstaller initialization.
        2026-11-20 09:10:01, Info                  CBS    Ending TrustedInstaller initialization.

        """;

    private const string Failing = """
        2026-11-20 08:00:01, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->
        2026-11-20 08:00:05, Error                 DISM   DISM Package Manager: PID=4212 TID=4400 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)

        """;

    private const string Passwd = """
        root:x:0:0:root:/root:/bin/bash
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin

        """;

    private static string Write(TempFolder temp, string relative, string text)
    {
        var path = temp.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\r\n"), new UTF8Encoding(false));
        return path;
    }

    [UnsupportedOSPlatform("windows")]
    private static void Lock(string path) => File.SetUnixFileMode(path, UnixFileMode.None);

    [Test]
    [UnsupportedOSPlatform("windows")]
    public async Task A_folder_that_cannot_be_listed_is_permission_denied_and_66()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix permissions");
        using var temp = new TempFolder();
        Write(temp, "Panther/setupact.log", Healthy);
        Lock(temp.Combine("Panther"));

        var result = await HostProcess.RunUnprivilegedAsync(temp, "logs", "analyze", temp.Combine("Panther"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput), result.Output + result.Error);
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.StartWith("error: ").And.Contain("permission denied").And.Contain("Panther"));
        Assert.That(result.Error, Does.Not.Contain("no log file"));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public async Task A_log_behind_a_folder_that_cannot_be_entered_is_permission_denied_not_missing()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix permissions");
        using var temp = new TempFolder();
        var log = Write(temp, "CBS/CBS.log", Healthy);
        Lock(temp.Combine("CBS"));

        var result = await HostProcess.RunUnprivilegedAsync(temp, "logs", "analyze", log);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain("permission denied").And.Not.Contain("does not exist"));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public async Task A_subfolder_that_cannot_be_listed_makes_the_answer_incomplete_and_is_named()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix permissions");
        using var temp = new TempFolder();
        Write(temp, "logs/CBS.log", Healthy);
        Write(temp, "logs/Panther/setupact.log", Healthy);
        Lock(temp.Combine("logs", "Panther"));

        var result = await HostProcess.RunUnprivilegedAsync(temp, "logs", "analyze", temp.Combine("logs"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("warning: ").And.Contain("Panther").And.Contain("permission denied"));
        Assert.That(result.Output, Does.Contain("2 entries"), "the readable log is still analysed");
    }

    [Test]
    public async Task A_file_that_is_no_log_wutk_knows_is_said_so_in_one_line_and_3()
    {
        using var temp = new TempFolder();
        var passwd = Write(temp, "passwd", Passwd);

        var table = await Support.Cli.RunAsync("logs", "analyze", passwd);
        var json = await Support.Cli.RunAsync("logs", "analyze", passwd, "--format", "json");

        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Incomplete), table.Output + table.Error);
        Assert.That(table.Output.Split('\n').Where(line => line.Contains("not a log wutk knows", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
        Assert.That(table.Output, Does.Contain("warning: not a log wutk knows: " + passwd));
        Assert.That(table.Output.Split('\n').Single(line => line.Contains("not a log wutk knows", StringComparison.Ordinal)).TrimEnd(),
            Does.EndWith("an event export)"), "a redirected line is never wrapped: a script greps it whole");
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Incomplete));
        using var document = JsonDocument.Parse(json.Output);
        var file = document.RootElement.GetProperty("files")[0];
        Assert.That(file.GetProperty("kind").GetString(), Is.EqualTo("unknown"));
        Assert.That(file.GetProperty("error").GetString(), Does.StartWith("not a log wutk knows: "));
    }

    [Test]
    public async Task An_unknown_file_beside_a_failing_log_is_a_warning_and_the_failure_decides()
    {
        using var temp = new TempFolder();
        var dism = Write(temp, "dism.log", Failing);
        var notes = Write(temp, "notes.txt", "call the helpdesk on Monday\n");

        var result = await Support.Cli.RunAsync("logs", "analyze", dism, notes);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("warning: not a log wutk knows: " + notes));
    }

    [Test]
    public async Task An_unknown_file_beside_a_healthy_log_leaves_the_answer_incomplete()
    {
        using var temp = new TempFolder();
        var cbs = Write(temp, "CBS.log", Healthy);
        var notes = Write(temp, "notes.txt", "call the helpdesk on Monday\n");

        var result = await Support.Cli.RunAsync("logs", "analyze", cbs, notes);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("warning: not a log wutk knows: " + notes));
    }

    [Test]
    public async Task A_log_told_by_its_content_alone_is_still_analysed()
    {
        using var temp = new TempFolder();
        var pasted = Write(temp, "pasted-from-pc42.txt", Failing);

        var result = await Support.Cli.RunAsync("logs", "analyze", pasted);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Output + result.Error);
        Assert.That(result.Output, Does.Not.Contain("not a log wutk knows"));
    }
}
