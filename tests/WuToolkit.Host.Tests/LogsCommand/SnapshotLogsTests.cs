using System.Text.Json;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Sources;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Testing;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary><c>wutk logs analyze|timeline --snapshot</c>: the update client's events and SetupDiag's registry values
/// as a snapshot recorded them, read through the same machine questions as on the live PC.</summary>
public class SnapshotLogsTests
{
    private const string Channel = MachineLogSources.UpdateClientChannel;
    private const string Key = MachineLogSources.SetupDiagKey;

    private static readonly IReadOnlyList<EventRecordInfo> Events =
    [
        new EventRecordInfo
        {
            Channel = Channel, Provider = "Microsoft-Windows-WindowsUpdateClient", EventId = 19, Level = 4, RecordId = 1,
            TimeCreated = new DateTimeOffset(2026, 11, 18, 7, 0, 0, TimeSpan.Zero),
            Message = "Installation Successful: Windows successfully installed the following update: 9NBLGGH4NNS1-Microsoft.DesktopAppInstaller",
        },
        new EventRecordInfo
        {
            Channel = Channel, Provider = "Microsoft-Windows-WindowsUpdateClient", EventId = 20, Level = 2, RecordId = 2,
            TimeCreated = new DateTimeOffset(2026, 11, 19, 7, 0, 0, TimeSpan.Zero),
            Message = "Installation Failure: Windows failed to install the following update with error 0x80073701: 2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5046617).",
            Data = new Dictionary<string, string> { ["errorCode"] = "0x80073701", ["updateTitle"] = "2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5046617)" },
        },
    ];

    private static readonly IReadOnlyList<RegistryValue> SetupDiag =
    [
        new RegistryValue { Key = Key, Name = "ProfileName", Kind = "REG_SZ", Data = "FindRollbackFailure" },
        new RegistryValue { Key = Key, Name = "FailureDetails", Kind = "REG_SZ", Data = "RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017, LastOperation = Ensure suspended services are stopped, LastPhase = Post First Boot" },
    ];

    private static TestPc Pc => TestPc.Empty
        .With(MachineQuestions.Events, Channel, Events)
        .With(MachineQuestions.RegistryKey, Key, SetupDiag);

    private static async Task<string> WriteAsync(TempFolder temp, TestPc pc)
    {
        var path = temp.Combine("pc.json");
        await SnapshotText.WriteAsync(pc.ToSnapshot(), path);
        return path;
    }

    private static List<JsonElement> Findings(JsonDocument json) => json.RootElement.GetProperty("findings").EnumerateArray().ToList();

    [Test]
    public async Task Without_paths_only_the_snapshots_events_and_SetupDiag_values_are_analysed()
    {
        using var temp = new TempFolder();
        var snapshot = await WriteAsync(temp, Pc);

        var result = await Support.Cli.RunAsync("logs", "analyze", "--snapshot", snapshot, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        Assert.That(SchemaFiles.Errors("logs-v1.schema.json", result.Output), Is.Empty);
        using var json = JsonDocument.Parse(result.Output);
        var files = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString(), f.GetProperty("kind").GetString(), f.GetProperty("entries").GetInt64(), f.GetProperty("error").ValueKind)).ToList();
        Assert.That(files, Is.EqualTo(new[]
        {
            (Channel, "eventLog", 2L, JsonValueKind.Null),
            (Key, "setupDiag", 6L, JsonValueKind.Null),
        }));
        var findings = Findings(json).Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("code").GetString(), f.GetProperty("file").GetString(), f.GetProperty("line").GetInt64())).ToList();
        Assert.That(findings, Is.EqualTo(new[]
        {
            ("events.windows-update-client", "0x80073701", Channel, 2L),
            ("setup.setupdiag", "0xC1900101", Key, 1L),
        }));
    }

    [Test]
    public async Task With_paths_the_files_are_read_before_the_snapshots_sources()
    {
        using var temp = new TempFolder();
        var snapshot = await WriteAsync(temp, Pc);
        var cbs = temp.Combine("CBS.log");
        await File.WriteAllTextAsync(cbs, "2026-11-20 09:10:00, Info                  CBS    Starting TrustedInstaller initialization.\r\n");

        var result = await Support.Cli.RunAsync("logs", "timeline", cbs, "--snapshot", snapshot, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()), Is.EqualTo(new[] { cbs, Channel, Key }));
        Assert.That(Findings(json).Where(f => f.GetProperty("severity").GetString() == "failure").Select(f => f.GetProperty("file").GetString()),
            Is.EquivalentTo(new[] { Channel, Key }));
    }

    [Test]
    public async Task A_snapshot_that_did_not_record_them_makes_the_answer_incomplete_and_says_why()
    {
        using var temp = new TempFolder();
        var snapshot = await WriteAsync(temp, TestPc.Empty);

        var result = await Support.Cli.RunAsync("logs", "analyze", "--snapshot", snapshot, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var errors = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("error").GetString()).ToList();
        Assert.That(errors, Has.Count.EqualTo(2).And.All.Contain("snapshot"));
        Assert.That(errors[0], Does.Contain(Channel));
    }

    [Test]
    public async Task A_SetupDiag_key_that_did_not_exist_is_an_empty_source_not_an_error()
    {
        using var temp = new TempFolder();
        var snapshot = await WriteAsync(temp, TestPc.Empty
            .With(MachineQuestions.Events, Channel, (IReadOnlyList<EventRecordInfo>)[])
            .With<IReadOnlyList<RegistryValue>?>(MachineQuestions.RegistryKey, Key, null));

        var result = await Support.Cli.RunAsync("logs", "analyze", "--snapshot", snapshot, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Output + result.Error);
    }

    [Test]
    public async Task A_missing_snapshot_is_no_input()
    {
        using var temp = new TempFolder();

        var result = await Support.Cli.RunAsync("logs", "analyze", "--snapshot", temp.Combine("absent.json"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput));
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task What_collect_asks_the_machine_is_what_logs_reads_from_the_snapshot()
    {
        // collect asks these questions through its recording machine after the checks; here the recorded PC is built in code.
        using var temp = new TempFolder();
        var recorder = new SnapshotRecorder();
        _ = await MachineLogSources.AskAsync(new RecordingMachine(Pc.ToMachine(), recorder), CancellationToken.None);
        var path = temp.Combine("collected.json");
        await SnapshotText.WriteAsync(recorder.ToSnapshot(new WuToolkit.Snapshots.SnapshotHeader { CollectedUtc = TestPc.DefaultNow }), path);

        var result = await Support.Cli.RunAsync("logs", "analyze", "--snapshot", path, "--format", "json");

        Assert.That(recorder.AnswerCount, Is.EqualTo(2));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(Findings(json).Select(f => f.GetProperty("rule").GetString()), Is.EquivalentTo(new[] { "events.windows-update-client", "setup.setupdiag" }));
    }

    [Test]
    public async Task Collect_records_the_logs_sources_only_where_the_machine_can_answer_them()
    {
        // Off Windows the live machine has no event log or registry: asking records nothing, and collect goes on.
        var recorder = new SnapshotRecorder();
        var sources = await MachineLogSources.AskAsync(new RecordingMachine(TestPc.Empty.ToMachine(), recorder), CancellationToken.None);

        Assert.That(recorder.AnswerCount, Is.Zero);
        Assert.That(sources.Select(s => s.Name), Is.EqualTo(new[] { Channel, Key }));
    }

    [Test]
    public async Task Get_WindowsUpdateLog_is_refused_off_Windows_with_one_line()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "off Windows");
        using var temp = new TempFolder();
        var log = temp.Combine("CBS.log");
        await File.WriteAllTextAsync(log, "2026-11-20 09:10:00, Info                  CBS    Starting TrustedInstaller initialization.\r\n");
        var result = await Support.Cli.RunAsync("logs", "analyze", log, "--windows-update-log");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("only on Windows"));
    }
}
