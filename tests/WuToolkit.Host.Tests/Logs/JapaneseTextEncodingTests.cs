using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Encodings;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>
/// Logs and console captures from a Japanese Windows: setup and servicing logs with Japanese paths in UTF-8, UTF-16 or
/// Shift-JIS (code page 932), and the output of DISM, sc and ipconfig saved by a Japanese console (code page 932). The
/// text must come out as it was written, with no mojibake, whatever share of the bytes is Japanese.
/// </summary>
public class JapaneseTextEncodingTests
{
    private const string Path = @"C:\Users\山田\ドキュメント\フォルダー";

    private static readonly string SetupAct =
        "2024-05-12 09:31:01, Info                  MOUPG  SetupHost: Reporting error event: [0x80070005]\r\n" +
        $"2024-05-12 09:31:02, Error                 MIG    Error 5 while applying object {Path}\\メモ.txt. Shell application requested abort!\r\n";

    // Katakana only: every trail byte of フォルダー in Shift-JIS is ASCII, so the bytes have no high-high pairs at all.
    private const string KatakanaOnly = "2024-05-12 09:31:02, Error                 MIG    Error 5 while applying object C:\\Users\\ヤマダ\\フォルダー\\メモ.txt\r\n";

    private static Encoding ShiftJis => LegacyEncodingGuesser.CodePage(932);

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(LogFixtures.Utf8(SetupAct)).SetName("setupact.log with a Japanese path in UTF-8 without a mark");
        yield return new TestCaseData(LogFixtures.Utf8(SetupAct, byteOrderMark: true)).SetName("setupact.log with a Japanese path in UTF-8 with a mark");
        yield return new TestCaseData(LogFixtures.Encode(SetupAct, Encoding.Unicode, byteOrderMark: true)).SetName("setupact.log with a Japanese path in UTF-16LE");
        yield return new TestCaseData(LogFixtures.Encode(SetupAct, Encoding.Unicode, byteOrderMark: false)).SetName("setupact.log with a Japanese path in UTF-16LE without a mark");
        yield return new TestCaseData(ShiftJis.GetBytes(SetupAct)).SetName("setupact.log with a Japanese path in Shift-JIS");
    }

    [TestCaseSource(nameof(Encodings))]
    public void A_japanese_path_in_a_setup_log_comes_out_as_written(byte[] bytes)
    {
        var entries = LogFixtures.Read(bytes, "setupact.log");

        Assert.That(entries.Select(e => (e.Kind, e.Level)), Is.EqualTo(new[] { (LogKind.SetupAct, "Info"), (LogKind.SetupAct, "Error") }));
        Assert.That(entries[1].Text, Is.EqualTo($"Error 5 while applying object {Path}\\メモ.txt. Shell application requested abort!"));
        Assert.That(entries[1].Time, Is.EqualTo(new DateTimeOffset(2024, 5, 12, 9, 31, 2, TimeSpan.Zero)));
    }

    [Test]
    public void Shift_jis_whose_trail_bytes_are_all_ascii_is_still_shift_jis()
    {
        var bytes = ShiftJis.GetBytes(KatakanaOnly);

        Assert.That(TextEncodingDetector.Detect(bytes, wholeFile: true).Encoding.CodePage, Is.EqualTo(932));
        Assert.That(LogFixtures.Read(bytes, "setuperr.log").Single().Text, Does.Contain(@"C:\Users\ヤマダ\フォルダー\メモ.txt"));
    }

    [TestCase("Système d'exploitation: Microsoft Windows 7 Entreprise, Mémoire physique totale: 4 096 Mo", 850)]
    [TestCase("Nome host: PC, Versione: 10.0.17134 N/D build 17134, Proprietà: così è", 1252)]
    public void Western_accented_text_is_not_taken_for_shift_jis(string text, int codePage)
    {
        var bytes = LogFixtures.CodePage(codePage).GetBytes(text + "\r\n");

        Assert.That(TextEncodingDetector.Detect(bytes, wholeFile: true).Encoding.CodePage, Is.Not.EqualTo(932));
    }

    [TestCase("cmd/wesng_systeminfo_win7_fr_cmd_redirect_CP850.txt", "Microsoft Corporation")]
    [TestCase("cmd/wesng_systeminfo_win10_1803_it_CP850.txt", "Nome host")]
    [TestCase("cmd/wesng_systeminfo_win10_1809_zh-cn_GBK.txt", "主机名")]
    [TestCase("cmd/page_tooljp_sfc_scannow_ja_win7_repaired.txt", "Windows リソース保護により")]
    public void Real_console_captures_keep_their_code_page(string relative, string expected)
    {
        var bytes = File.ReadAllBytes(SharedCorpus.Require(relative));
        var encoding = TextEncodingDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, TextEncodingDetector.SampleBytes)), bytes.Length <= TextEncodingDetector.SampleBytes).Encoding;

        Assert.That(encoding.CodePage, Is.Not.EqualTo(932), "only Japanese text is read as Shift-JIS");
        Assert.That(encoding.GetString(bytes), Does.Contain(expected));
    }

    // DISM on a Japanese console, as saved by `dism ... > out.txt` (code page 932).
    private const string DismConsole = """

        展開イメージのサービスと管理ツール
        バージョン: 10.0.19041.844

        イメージのバージョン: 10.0.19043.1320

        [==========================100.0%==========================]
        エラー: 0x800f081f

        ソース ファイルが見つかりませんでした。
        機能の復元に必要なファイルの場所を指定するには、"Source" オプションを使用してください。

        DISM ログ ファイルは C:\WINDOWS\Logs\DISM\dism.log にあります

        """;

    // sc qc on a Japanese console: the field names and values stay English, the path and display name are Japanese.
    private const string ScQc = """
        [SC] QueryServiceConfig SUCCESS

        SERVICE_NAME: DemoAgent
                TYPE               : 10  WIN32_OWN_PROCESS
                START_TYPE         : 4   DISABLED
                ERROR_CONTROL      : 1   NORMAL
                BINARY_PATH_NAME   : "C:\Program Files\デモ\エージェント.exe"
                DISPLAY_NAME       : デモ エージェント
                SERVICE_START_NAME : LocalSystem
        """;

    [Test]
    public void A_japanese_dism_console_capture_decodes_without_mojibake()
    {
        var entries = LogFixtures.Read(ShiftJis.GetBytes(DismConsole.ReplaceLineEndings("\r\n")), "dism-console.txt");
        var text = string.Join("\n", entries.Select(e => e.Text));

        Assert.That(text, Does.Contain("エラー: 0x800f081f"));
        Assert.That(text, Does.Contain("ソース ファイルが見つかりませんでした。"));
        Assert.That(text, Does.Contain(@"DISM ログ ファイルは C:\WINDOWS\Logs\DISM\dism.log にあります"));
        Assert.That(text, Does.Not.Contain("\uFFFD"));
    }

    [Test]
    public void A_japanese_sc_qc_capture_decodes_its_path_and_display_name()
    {
        var entries = LogFixtures.Read(ShiftJis.GetBytes(ScQc.ReplaceLineEndings("\r\n")), "sc-qc.txt");
        var text = string.Join("\n", entries.Select(e => e.Text));

        Assert.That(text, Does.Contain("\"C:\\Program Files\\デモ\\エージェント.exe\""));
        Assert.That(text, Does.Contain("DISPLAY_NAME       : デモ エージェント"));
    }
}
