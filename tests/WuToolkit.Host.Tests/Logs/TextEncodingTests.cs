using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Reading.Encodings;

namespace WuToolkit.Host.Tests.Logs;

public class TextEncodingTests
{
    private const string Line = "2024-03-01 10:00:01, Info                  CBS    Fichier réparé: café.dll\r\n";

    private static IEnumerable<TestCaseData> Unicode()
    {
        yield return new TestCaseData(new UTF8Encoding(false), true).SetName("UTF-8 with BOM");
        yield return new TestCaseData(new UTF8Encoding(false), false).SetName("UTF-8 without BOM");
        yield return new TestCaseData(new UnicodeEncoding(false, false), true).SetName("UTF-16LE with BOM");
        yield return new TestCaseData(new UnicodeEncoding(false, false), false).SetName("UTF-16LE without BOM");
        yield return new TestCaseData(new UnicodeEncoding(true, false), true).SetName("UTF-16BE with BOM");
        yield return new TestCaseData(new UnicodeEncoding(true, false), false).SetName("UTF-16BE without BOM");
    }

    [TestCaseSource(nameof(Unicode))]
    public void Unicode_text_reads_the_same_with_or_without_a_byte_order_mark(Encoding encoding, bool byteOrderMark)
    {
        var bytes = LogFixtures.Encode(Line + Line.Replace("10:00:01", "10:00:02", StringComparison.Ordinal), encoding, byteOrderMark);

        var entries = LogFixtures.Read(bytes, "CBS.log");

        Assert.That(entries, Has.Count.EqualTo(2));
        Assert.That(entries[0].Text, Is.EqualTo("Fichier réparé: café.dll"), "no byte order mark in the text, accents intact");
        Assert.That(entries[0].Component, Is.EqualTo("CBS"));
        Assert.That(entries[1].Line, Is.EqualTo(2));
    }

    [Test]
    public void Detection_names_the_encoding_it_chose()
    {
        Assert.That(Detect(LogFixtures.Encode(Line, Encoding.Unicode, byteOrderMark: false)).Encoding.WebName, Is.EqualTo("utf-16"));
        Assert.That(Detect(LogFixtures.Encode(Line, Encoding.BigEndianUnicode, byteOrderMark: false)).Encoding.WebName, Is.EqualTo("utf-16BE"));
        Assert.That(Detect(LogFixtures.Utf8(Line, byteOrderMark: true)).PreambleLength, Is.EqualTo(3));
        Assert.That(Detect("plain ascii\n"u8.ToArray()).Encoding.WebName, Is.EqualTo("utf-8"));
        Assert.That(Detect(LogFixtures.CodePage(1252).GetBytes(Line)).Encoding.CodePage, Is.EqualTo(1252), "é alone between ASCII letters is Western");
    }

    [Test]
    public void A_file_cut_inside_a_character_is_still_utf8()
    {
        var bytes = LogFixtures.Utf8("réparé");

        Assert.That(TextEncodingDetector.Detect(bytes.AsSpan(0, 2), wholeFile: false).Encoding.WebName, Is.EqualTo("utf-8"));
    }

    [Test]
    public void Chinese_GBK_text_is_read_as_GBK()
    {
        var bytes = LogFixtures.CodePage(936).GetBytes("主机名:           DESKTOP-DEMO\r\nOS 名称:          Microsoft Windows 10 企业版\r\n");

        var entries = LogFixtures.Read(bytes, "systeminfo.txt");

        Assert.That(Detect(bytes).Encoding.CodePage, Is.EqualTo(936));
        Assert.That(entries.Select(e => e.Text), Is.EqualTo(new[] { "主机名:           DESKTOP-DEMO", "OS 名称:          Microsoft Windows 10 企业版" }));
    }

    [Test]
    public void Japanese_Shift_JIS_text_is_read_as_Shift_JIS()
    {
        var text = "システム スキャンを開始しています。これにはしばらく時間がかかります。\r\n検証 100% が完了しました。\r\n";
        var bytes = LogFixtures.CodePage(932).GetBytes(text);

        var entries = LogFixtures.Read(bytes, "sfc.txt");

        Assert.That(Detect(bytes).Encoding.CodePage, Is.EqualTo(932));
        Assert.That(entries[0].Text, Is.EqualTo("システム スキャンを開始しています。これにはしばらく時間がかかります。"));
        Assert.That(entries[1].Text, Is.EqualTo("検証 100% が完了しました。"));
    }

    [Test]
    public void Byte_0x85_is_a_character_not_a_line_break()
    {
        // "Nome host: città" in code page 850: 0x85 is "à", and in Unicode U+0085 would be NEL, a line break.
        var bytes = LogFixtures.CodePage(850).GetBytes("Nome host:   città\r\nNome SO:     Windows\r\n");
        Assert.That(bytes, Does.Contain((byte)0x85));

        var guessed = LogFixtures.Read(bytes, "systeminfo.txt");
        var told = LogFixtures.Read(bytes, "systeminfo.txt", new LogReadOptions { Encoding = LogReadOptions.CodePage(850) });

        Assert.That(guessed, Has.Count.EqualTo(2), "two lines, whatever the code page");
        Assert.That(guessed[0].Text, Does.StartWith("Nome host:   citt"));
        Assert.That(told[0].Text, Is.EqualTo("Nome host:   città"), "the caller can name the console's code page");
    }

    [Test]
    public void Invalid_bytes_and_NUL_bytes_become_text_not_exceptions()
    {
        byte[] bytes = [.. "2024-03-01 10:00:01, Info                  CBS    bad "u8, 0xC3, 0x28, 0xFF, 0x00, 0x41, .. "\n"u8];

        var entries = LogFixtures.Read(bytes, "CBS.log");

        Assert.That(entries, Has.Count.EqualTo(1));
        Assert.That(entries[0].Text, Does.StartWith("bad "));
        Assert.That(entries[0].Text, Does.EndWith("A"));
    }

    private static DetectedEncoding Detect(byte[] bytes) => TextEncodingDetector.Detect(bytes, wholeFile: true);
}
