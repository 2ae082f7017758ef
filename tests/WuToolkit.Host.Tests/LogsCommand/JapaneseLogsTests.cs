using System.Text;
using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Reading.Encodings;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary>
/// <c>wutk logs analyze</c> on what a Japanese Windows writes: Event Viewer exports with Japanese headers and levels,
/// and setup and servicing logs whose paths are Japanese, saved in UTF-8, UTF-16 or Shift-JIS (code page 932). The
/// findings are those of the English logs, and the Japanese text comes out as it was written.
/// </summary>
public class JapaneseLogsTests
{
    private const string JapanesePath = @"C:\Users\山田\ドキュメント\フォルダー";

    private const string EventCsv =
        "レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ\r\n" +
        "エラー,2024/05/12 9:31:02,Microsoft-Windows-WindowsUpdateClient,20,Windows Update エージェント,\"インストール エラー: 次の更新プログラムをインストールできませんでした。エラー 0x80070643: (KB5034441)\"\r\n" +
        "情報,2024/05/12 10:05:40,Microsoft-Windows-WindowsUpdateClient,19,Windows Update エージェント,\"インストールの成功: 次の更新プログラムをインストールしました: (KB5037771)\"\r\n";

    private const string HealthyEventCsv =
        "レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ\r\n" +
        "情報,2024/05/12 10:05:40,Microsoft-Windows-WindowsUpdateClient,19,Windows Update エージェント,\"インストールの成功: 次の更新プログラムをインストールしました: (KB5037771)\"\r\n" +
        "情報,2024/05/12 10:06:00,Microsoft-Windows-WindowsUpdateClient,43,Windows Update エージェント,\"インストールの開始: (KB5037771)\"\r\n";

    private static readonly string SetupErr =
        "2024-05-12 09:31:02, Error                 SP     CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032\r\n" +
        $"2024-05-12 09:31:02, Error                 MIG    Error 5 while applying object {JapanesePath}\\メモ.txt. Shell application requested abort!\r\n" +
        "2024-05-12 09:31:03, Error                 MOUPG  CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x80070032\r\n";

    private static readonly string Cbs =
        $"2024-05-12 09:40:00, Info                  CBS    Exec: Processing complete, session: 31102345_1234567890, package source: {JapanesePath}\\windows10.0-kb5034441-x64.cab\r\n" +
        "2024-05-12 09:40:01, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]\r\n";

    private static async Task<string> WriteAsync(TempFolder temp, string name, byte[] bytes)
    {
        var path = temp.Combine(name);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private static byte[] Utf16(string text) => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

    private static byte[] Utf8Bom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    private static byte[] ShiftJis(string text) => LegacyEncodingGuesser.CodePage(932).GetBytes(text);

    private static List<JsonElement> Failures(JsonDocument json) => json.RootElement.GetProperty("findings").EnumerateArray()
        .Where(f => f.GetProperty("severity").GetString() == "failure").ToList();

    private static IEnumerable<TestCaseData> EventEncodings()
    {
        yield return new TestCaseData("UTF-16", Utf16(EventCsv)).SetName("A Japanese Event Viewer CSV in UTF-16 gives the install failure and its code");
        yield return new TestCaseData("UTF-8", Utf8Bom(EventCsv)).SetName("A Japanese Event Viewer CSV in UTF-8 gives the install failure and its code");
        yield return new TestCaseData("Shift-JIS", ShiftJis(EventCsv)).SetName("A Japanese Event Viewer CSV in Shift-JIS gives the install failure and its code");
    }

    [TestCaseSource(nameof(EventEncodings))]
    public async Task A_japanese_event_export_gives_the_failure_an_english_one_gives(string encoding, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = await WriteAsync(temp, "WindowsUpdateClient.csv", bytes);

        var result = await Support.Cli.RunAsync("logs", "analyze", path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), encoding + result.Output + result.Error);
        Assert.That(SchemaFiles.Errors("logs-v1.schema.json", result.Output), Is.Empty);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("files")[0].GetProperty("kind").GetString(), Is.EqualTo("eventLog"));
        var failure = Failures(json).Single();
        Assert.That(failure.GetProperty("code").GetString(), Is.EqualTo("0x80070643"));
        Assert.That(failure.GetProperty("line").GetInt64(), Is.EqualTo(2));
        Assert.That(failure.GetRawText(), Does.Contain("KB5034441"));
    }

    [Test]
    public async Task Informational_japanese_events_are_not_findings()
    {
        using var temp = new TempFolder();
        var path = await WriteAsync(temp, "WindowsUpdateClient.csv", Utf16(HealthyEventCsv));

        var result = await Support.Cli.RunAsync("logs", "analyze", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("0 failures"));
    }

    private static IEnumerable<TestCaseData> SetupEncodings()
    {
        yield return new TestCaseData(Utf8Bom(SetupErr)).SetName("setuperr.log with a Japanese path in UTF-8");
        yield return new TestCaseData(Utf16(SetupErr)).SetName("setuperr.log with a Japanese path in UTF-16");
        yield return new TestCaseData(ShiftJis(SetupErr)).SetName("setuperr.log with a Japanese path in Shift-JIS");
    }

    [TestCaseSource(nameof(SetupEncodings))]
    public async Task A_setup_log_with_a_japanese_path_is_decoded_and_its_failure_found(byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = await WriteAsync(temp, "setuperr.log", bytes);

        var json = await Support.Cli.RunAsync("logs", "analyze", path, "--format", "json");
        var timeline = await Support.Cli.RunAsync("logs", "timeline", path, "--format", "json");

        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.IssueFound), json.Output + json.Error);
        using var document = JsonDocument.Parse(json.Output);
        Assert.That(Failures(document).Select(f => f.GetProperty("code").GetString()), Has.Member("0x80070032"));
        Assert.That(json.Output + timeline.Output, Does.Not.Contain("\uFFFD"), "no undecodable bytes");
    }

    [TestCaseSource(nameof(CbsEncodings))]
    public async Task A_cbs_log_with_a_japanese_path_reads_the_path_as_written(byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = await WriteAsync(temp, "CBS.log", bytes);

        var result = await Support.Cli.RunAsync("logs", "analyze", path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Output + result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.That(Failures(document).Select(f => f.GetProperty("code").GetString()), Has.Member("0x800F0922"));
        Assert.That(result.Output, Does.Not.Contain("\uFFFD"));
    }

    private static IEnumerable<TestCaseData> CbsEncodings()
    {
        yield return new TestCaseData(Utf8Bom(Cbs)).SetName("CBS.log with a Japanese path in UTF-8");
        yield return new TestCaseData(Utf16(Cbs)).SetName("CBS.log with a Japanese path in UTF-16");
        yield return new TestCaseData(ShiftJis(Cbs)).SetName("CBS.log with a Japanese path in Shift-JIS");
    }
}
