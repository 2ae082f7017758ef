using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>Event exports as a Japanese Windows writes them: CSV with a Japanese header, the text export, Format-List.</summary>
public class JapaneseEventExportTests
{
    // Event Viewer's "名前を付けてすべてのイベントを保存" → CSV on a Japanese PC: Japanese header, levels and a yyyy/MM/dd date.
    private const string Csv =
        "レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ\r\n" +
        "エラー,2024/05/12 9:31:02,Microsoft-Windows-WindowsUpdateClient,20,Windows Update エージェント,\"インストール エラー: 次の更新プログラムをインストールできませんでした。エラー 0x80070643: C:\\Users\\山田\\ダウンロード (KB5034441)\"\r\n" +
        "情報,2024/05/12 10:05:40,Microsoft-Windows-WindowsUpdateClient,19,Windows Update エージェント,\"インストールの成功: 次の更新プログラムをインストールしました:\r\n(KB5037771)\"\r\n" +
        "警告,2024/05/12 23:59:59,Microsoft-Windows-WindowsUpdateClient,25,Windows Update エージェント,警告の説明\r\n";

    // Event Viewer's "詳細をテキストとしてコピー" (the labels of a Japanese Windows), two events.
    private const string Text = """
        ログの名前:         System
        ソース:           Microsoft-Windows-WindowsUpdateClient
        日付:            2024/05/12 9:31:02
        イベント ID:       20
        タスクのカテゴリ:      Windows Update エージェント
        レベル:           エラー
        キーワード:         失敗,インストール
        ユーザー:          SYSTEM
        コンピューター:       PC-山田
        説明:
        インストール エラー: 次の更新プログラムをインストールできませんでした。エラー 0x80070643: (KB5034441)
        二行目の説明
        イベント XML:
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>20</EventID></System></Event>
        ログの名前:         System
        ソース:           Microsoft-Windows-WindowsUpdateClient
        日付:            2024/05/12 10:05:40
        イベント ID:       19
        タスクのカテゴリ:      Windows Update エージェント
        レベル:           情報
        キーワード:         成功,インストール
        ユーザー:          SYSTEM
        コンピューター:       PC-山田
        説明:
        インストールの成功: (KB5037771)
        """;

    // Get-WinEvent | Format-List on a Japanese PC: property names stay English, the date and message are Japanese.
    private const string FormatList = """

        TimeCreated  : 2024/05/12 9:31:02
        ProviderName : Microsoft-Windows-WindowsUpdateClient
        Id           : 20
        Message      : インストール エラー: 次の更新プログラムをインストールできませんでした。エラー 0x80070643:
                       (KB5034441)

        TimeCreated  : 2024/05/12 10:05:40
        ProviderName : Microsoft-Windows-WindowsUpdateClient
        Id           : 19
        Message      : インストールの成功: (KB5037771)

        """;

    private static readonly DateTimeOffset FirstTime = new(2024, 5, 12, 9, 31, 2, TimeSpan.Zero);

    private static IEnumerable<TestCaseData> CsvEncodings()
    {
        yield return new TestCaseData(LogFixtures.Encode(Csv, Encoding.Unicode, byteOrderMark: true)).SetName("Japanese CSV export in UTF-16LE with a byte order mark");
        yield return new TestCaseData(LogFixtures.Utf8(Csv, byteOrderMark: true)).SetName("Japanese CSV export in UTF-8 with a byte order mark");
        yield return new TestCaseData(LogFixtures.CodePage(932).GetBytes(Csv)).SetName("Japanese CSV export in Shift-JIS (CP932)");
    }

    [TestCaseSource(nameof(CsvEncodings))]
    public void A_japanese_csv_export_reads_like_an_english_one(byte[] bytes)
    {
        var entries = LogFixtures.Read(bytes, "Setup.csv");

        Assert.That(entries.Select(e => (e.Kind, e.Line, e.Level, e.EventId)), Is.EqualTo(new[]
        {
            (LogKind.EventLog, 2L, "Error", (int?)20),
            (LogKind.EventLog, 3L, "Information", (int?)19),
            (LogKind.EventLog, 5L, "Warning", (int?)25),
        }));
        Assert.That(entries.Select(e => e.Provider), Is.All.EqualTo("Microsoft-Windows-WindowsUpdateClient"));
        Assert.That(entries[0].Time, Is.EqualTo(FirstTime));
        Assert.That(entries[2].Time, Is.EqualTo(new DateTimeOffset(2024, 5, 12, 23, 59, 59, TimeSpan.Zero)));
        Assert.That(entries[0].Text, Does.Contain(@"エラー 0x80070643: C:\Users\山田\ダウンロード (KB5034441)"), "no mojibake");
        Assert.That(entries[1].Text, Is.EqualTo("EventID=19: インストールの成功: 次の更新プログラムをインストールしました:\n(KB5037771)"));
    }

    [TestCaseSource(nameof(CsvEncodings))]
    public void A_japanese_csv_export_is_recognised_without_its_name(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var input = LogReader.OpenInput(stream, "export.txt", LogReadOptions.Default);

        Assert.That(LogKindDetector.FromContent(input.HeadText, "export.txt"), Is.EqualTo(LogKind.EventLog));
    }

    [Test]
    public void The_japanese_text_export_gives_source_level_id_time_and_description()
    {
        var entries = LogFixtures.Read(LogFixtures.Encode(Text, Encoding.Unicode, byteOrderMark: true), "copied.txt");

        Assert.That(entries.Select(e => (e.Kind, e.Line, e.Level, e.EventId, e.Provider)), Is.EqualTo(new[]
        {
            (LogKind.EventLog, 1L, "Error", (int?)20, "Microsoft-Windows-WindowsUpdateClient"),
            (LogKind.EventLog, 15L, "Information", (int?)19, "Microsoft-Windows-WindowsUpdateClient"),
        }));
        Assert.That(entries[0].Time, Is.EqualTo(FirstTime));
        Assert.That(entries[0].Text, Is.EqualTo("EventID=20: インストール エラー: 次の更新プログラムをインストールできませんでした。エラー 0x80070643: (KB5034441)\n二行目の説明"),
            "the description ends at イベント XML:");
        Assert.That(entries[1].Text, Is.EqualTo("EventID=19: インストールの成功: (KB5037771)"));
    }

    [Test]
    public void The_english_text_export_still_reads_as_before()
    {
        var english = "Log Name:      Setup\r\nSource:        Microsoft-Windows-WindowsUpdateClient\r\nDate:          5/17/2023 8:00:00 AM\r\n" +
                      "Event ID:      20\r\nLevel:         Error\r\nDescription:\r\nInstallation Failure: error 0x80070643\r\nEvent Xml:\r\n<Event/>\r\n";

        var entry = LogFixtures.Read(english, "copied.txt").Single();

        Assert.That((entry.Level, entry.EventId, entry.Text), Is.EqualTo(("Error", (int?)20, "EventID=20: Installation Failure: error 0x80070643")));
        Assert.That(entry.Time, Is.EqualTo(new DateTimeOffset(2023, 5, 17, 8, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Format_list_output_reads_one_entry_per_event_with_its_indented_message()
    {
        var entries = LogFixtures.Read(LogFixtures.Encode(FormatList, Encoding.Unicode, byteOrderMark: true), "events.txt");

        Assert.That(entries.Select(e => (e.Kind, e.EventId, e.Provider)), Is.EqualTo(new[]
        {
            (LogKind.EventLog, (int?)20, "Microsoft-Windows-WindowsUpdateClient"),
            (LogKind.EventLog, (int?)19, "Microsoft-Windows-WindowsUpdateClient"),
        }));
        Assert.That(entries[0].Time, Is.EqualTo(FirstTime));
        Assert.That(entries[0].Text, Is.EqualTo("EventID=20: インストール エラー: 次の更新プログラムをインストールできませんでした。エラー 0x80070643:\n(KB5034441)"));
        Assert.That(entries[1].Text, Is.EqualTo("EventID=19: インストールの成功: (KB5037771)"));
    }

    [Test]
    public void Japanese_rendered_xml_levels_are_given_in_english()
    {
        var entry = LogFixtures.Read(
            "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient'/>" +
            "<EventID>20</EventID><Level>2</Level><TimeCreated SystemTime='2024-05-12T00:31:02.0000000Z'/></System>" +
            "<RenderingInfo Culture='ja-JP'><Message>インストール エラー: エラー 0x80070643</Message><Level>エラー</Level></RenderingInfo></Event>", "events.xml").Single();

        Assert.That(entry.Level, Is.EqualTo("Error"));
        Assert.That(entry.Text, Is.EqualTo("EventID=20: インストール エラー: エラー 0x80070643"));
    }

    [TestCase("重大", "Critical")]
    [TestCase("エラー", "Error")]
    [TestCase("警告", "Warning")]
    [TestCase("情報", "Information")]
    [TestCase("詳細", "Verbose")]
    [TestCase("Fehler", "Fehler")]
    public void Japanese_level_names_are_given_in_english_and_others_as_written(string written, string expected)
    {
        var entry = LogFixtures.Read($"レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ\r\n{written},2024/05/12 9:31:02,Demo,1,なし,説明\r\n", "x.csv").Single();

        Assert.That(entry.Level, Is.EqualTo(expected));
    }
}
