using WuToolkit.Host.Knowledge;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>Every way people copy a code reads as that code; anything else is refused, never guessed.</summary>
public class CodeParserTests
{
    private static readonly Dictionary<string, uint> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"] = 0x8024402C,
        ["CBS_E_SOURCE_MISSING"] = 0x800F081F,
        ["ERROR_SERVICE_DISABLED"] = 0x80070422,
    };

    private static uint? Resolve(string name) => Names.TryGetValue(name, out var code) ? code : null;

    [TestCase("0x8024402C")]
    [TestCase("0x8024402c")]
    [TestCase("0X8024402C")]
    [TestCase("8024402C")]
    [TestCase("8024402c")]
    [TestCase("-2145107924")]
    [TestCase("2149859372")]
    [TestCase("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED")]
    [TestCase("wu_e_pt_winhttp_name_not_resolved")]
    [TestCase("  0x8024402C  ")]
    [TestCase("[8024402C]")]
    [TestCase("(0x8024402c)")]
    public void Every_form_reads_as_the_same_code(string input)
    {
        var query = CodeParser.Parse(input, Resolve);

        Assert.That(query, Is.Not.Null);
        Assert.That(query!.Code, Is.EqualTo(0x8024402Cu));
        Assert.That(query.ExtendCode, Is.Null);
        Assert.That(query.Win32Error, Is.Null);
        Assert.That(query.Input, Is.EqualTo(input));
    }

    [TestCase("CBS_E_SOURCE_MISSING", 0x800F081Fu)]
    [TestCase("cbs_e_source_missing", 0x800F081Fu)]
    [TestCase("ERROR_SERVICE_DISABLED", 0x80070422u)]
    [TestCase("80070005", 0x80070005u)]
    [TestCase("800f081f", 0x800F081Fu)]
    [TestCase("0xC1900101", 0xC1900101u)]
    [TestCase("0", 0u)]
    [TestCase("0x00000000", 0u)]
    public void Names_and_codes_of_other_families_read_too(string input, uint expected) =>
        Assert.That(CodeParser.Parse(input, Resolve)?.Code, Is.EqualTo(expected));

    [TestCase("0xC1900101-0x40017", 0xC1900101u, 0x40017u)]
    [TestCase("0x8007000D-0x2000C", 0x8007000Du, 0x2000Cu)]
    [TestCase("0x8007000d - 0x2000c", 0x8007000Du, 0x2000Cu)]
    [TestCase("C1900101-40017", 0xC1900101u, 0x40017u)]
    public void A_setup_pair_reads_as_result_and_extend_code(string input, uint result, uint extend)
    {
        var query = CodeParser.Parse(input, Resolve);

        Assert.That(query?.Code, Is.EqualTo(result));
        Assert.That(query?.ExtendCode, Is.EqualTo(extend));
    }

    [TestCase("1058", 0x80070422u, 1058)]
    [TestCase("5", 0x80070005u, 5)]
    [TestCase("0x422", 0x80070422u, 1058)]
    [TestCase("112", 0x80070070u, 112)]
    public void A_bare_win32_error_number_reads_as_the_hresult_windows_reports(string input, uint code, int win32)
    {
        var query = CodeParser.Parse(input, Resolve);

        Assert.That(query?.Code, Is.EqualTo(code));
        Assert.That(query?.Win32Error, Is.EqualTo(win32));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("xyz")]
    [TestCase("hello world")]
    [TestCase("0x")]
    [TestCase("0xGG")]
    [TestCase("0x123456789")]
    [TestCase("99999999999")]
    [TestCase("4294967296")]
    [TestCase("-2147483649")]
    [TestCase("12.5")]
    [TestCase("-")]
    [TestCase("0x8024402C-")]
    [TestCase("WU_E_NO_SUCH_NAME")]
    public void Anything_else_is_not_a_code(string input) =>
        Assert.That(CodeParser.Parse(input, Resolve), Is.Null);

    [TestCase("WU_E_NO_SUCH_NAME", true)]
    [TestCase("error_something", true)]
    [TestCase("xyz", false)]
    [TestCase("0x8024402C", false)]
    [TestCase("two words_here", false)]
    public void A_name_shape_is_told_apart_from_junk(string input, bool looksLikeName) =>
        Assert.That(CodeParser.LooksLikeName(input), Is.EqualTo(looksLikeName));

    [Test]
    public void Random_input_gives_a_code_or_null_and_never_throws()
    {
        var random = new Random(20240611);
        const string alphabet = "0123456789abcdefABCDEFxX-_ []()WUE.,;'\"\t\u00e9\u4e2d";
        for (var i = 0; i < 5000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.That(() => CodeParser.Parse(text, Resolve), Throws.Nothing, text);
        }
    }
}
