using System.Text;
using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary><c>wutk logs analyze|timeline</c> end to end, on small logs written here in the formats Windows writes.</summary>
public class LogsCommandTests
{
    // A DISM session that cannot find its repair source, then a CBS session an hour later: the timeline must put
    // the DISM failure first even though CBS.log is named first.
    private const string Dism = """
        2026-11-20 08:00:01, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->
        2026-11-20 08:00:05, Error                 DISM   DISM Package Manager: PID=4212 TID=4400 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)
        2026-11-20 08:00:05, Error                 DISM   DISM Package Manager: PID=4212 TID=4400 Failed while processing command cleanup-image. - CPackageManagerCLIHandler::ExecuteCmdLine(hr:0x800f081f)
        """;

    private const string Healthy = """
        2026-11-20 09:10:00, Info                  CBS    Starting TrustedInstaller initialization.
        2026-11-20 09:10:01, Info                  CBS    Ending TrustedInstaller initialization.
        """;

    private static async Task<string> WriteAsync(TempFolder temp, string name, string text, Encoding? encoding = null)
    {
        var path = temp.Combine(name);
        await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\r\n"), encoding ?? new UTF8Encoding(true));
        return path;
    }

    [Test]
    public async Task A_failure_is_reported_with_its_code_file_and_line_and_exit_code_1()
    {
        using var temp = new TempFolder();
        var dism = await WriteAsync(temp, "dism.log", Dism);

        var result = await Support.Cli.RunAsync("logs", "analyze", dism, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        Assert.That(SchemaFiles.Errors("logs-v1.schema.json", result.Output), Is.Empty);
        using var json = JsonDocument.Parse(result.Output);
        var failures = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "failure").ToList();
        Assert.That(failures, Is.Not.Empty);
        Assert.That(failures[0].GetProperty("code").GetString(), Is.EqualTo("0x800F081F"));
        Assert.That(failures[0].GetProperty("line").GetInt64(), Is.EqualTo(2));
        Assert.That(failures[0].GetProperty("file").GetString(), Is.EqualTo(dism));
        Assert.That(json.RootElement.GetProperty("files")[0].GetProperty("kind").GetString(), Is.EqualTo("dism"));
    }

    [Test]
    public async Task A_healthy_log_exits_0_and_says_so_in_the_table()
    {
        using var temp = new TempFolder();
        var cbs = await WriteAsync(temp, "CBS.log", Healthy);

        var result = await Support.Cli.RunAsync("logs", "analyze", cbs);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("1 files, 2 entries: 0 failures"));
    }

    [Test]
    public async Task The_timeline_orders_across_files_and_marks_the_first_failure()
    {
        using var temp = new TempFolder();
        var cbs = await WriteAsync(temp, "CBS.log", Healthy);
        var dism = await WriteAsync(temp, "dism.log", Dism, Encoding.Unicode);

        var table = await Support.Cli.RunAsync("logs", "timeline", cbs, dism);
        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.IssueFound));
        Assert.That(table.Output, Does.Contain("start here"));
        Assert.That(table.Output, Does.Contain("Start here, at dism.log:2"));

        var json = await Support.Cli.RunAsync("logs", "timeline", temp.Path, "--format", "json");
        Assert.That(SchemaFiles.Errors("logs-v1.schema.json", json.Output), Is.Empty);
        using var document = JsonDocument.Parse(json.Output);
        Assert.That(document.RootElement.GetProperty("kind").GetString(), Is.EqualTo("timeline"));
        Assert.That(document.RootElement.GetProperty("summary").GetProperty("files").GetInt32(), Is.EqualTo(2), "a folder is searched for known logs");
        var first = document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("firstFailure").GetBoolean());
        Assert.That(first.GetProperty("file").GetString(), Does.EndWith("dism.log"));
    }

    [Test]
    public async Task A_binary_event_log_is_named_as_unreadable_and_the_others_are_still_read()
    {
        using var temp = new TempFolder();
        var cbs = await WriteAsync(temp, "CBS.log", Healthy);
        var evtx = temp.Combine("Setup.evtx");
        await File.WriteAllBytesAsync(evtx, [.. "ElfFile\0"u8, .. new byte[128]]);

        var result = await Support.Cli.RunAsync("logs", "analyze", cbs, evtx, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Output);
        using var json = JsonDocument.Parse(result.Output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.That(files[0].GetProperty("error").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(files[1].GetProperty("error").GetString(), Does.Contain("Setup.evtx"));
    }

    [Test]
    public async Task A_missing_path_is_one_line_and_exit_66()
    {
        using var temp = new TempFolder();
        var result = await Support.Cli.RunAsync("logs", "analyze", temp.Combine("nope.log"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput));
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("error: ").And.Contain("nope.log"));
    }

    [Test]
    public async Task A_folder_without_known_logs_is_exit_66()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.Combine("notes.txt"), "hello");
        var result = await Support.Cli.RunAsync("logs", "analyze", temp.Path);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput));
        Assert.That(result.Error, Does.Contain("no log file"));
    }

    [Test]
    public async Task Without_paths_off_Windows_it_is_a_usage_error()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "on Windows no paths means the standard locations");
        var result = await Support.Cli.RunAsync("logs", "analyze");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("name the log files"));
    }
}
