using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class HResultTests
{
    [TestCase("Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)", "(hr:", 0x800F081Fu)]
    [TestCase("WARNING: Send failed with hr = 80072ee2.", "hr = ", 0x80072EE2u)]
    [TestCase("DISM Package Manager processed the command line but failed. HRESULT=800704C7", "HRESULT=", 0x800704C7u)]
    [TestCase("Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]", "HRESULT = ", 0x800F0805u)]
    [TestCase("* WARNING: Failed to filter search results, error = 0x8024000B", "error = ", 0x8024000Bu)]
    [TestCase("ExecuteOperations: Main operation execution failed. Error: 0x8007000D", "Error: ", 0x8007000Du)]
    [TestCase("Operation result: 0x0", "Operation result:", 0u)]
    public void Reads_the_code_after_a_marker_in_every_written_form(string text, string marker, uint expected)
    {
        Assert.That(HResult.TryFindAfter(text, marker, out var code), Is.True);
        Assert.That(code, Is.EqualTo(expected));
    }

    [Test]
    public void A_later_marker_carries_the_code_when_the_first_is_plain_words()
    {
        Assert.That(HResult.TryFindAfter("Error: SetupDiag reports failure, Error: 0x8007001F - 0x50015", "Error: ", out var code), Is.True);
        Assert.That(code, Is.EqualTo(0x8007001Fu));
    }

    [TestCase("Error: 127")]
    [TestCase("hr = 0xZZ")]
    [TestCase("hr = 80072ee2a1")]
    [TestCase("nothing here")]
    public void Decimal_numbers_and_non_codes_are_not_read_as_hex(string text)
    {
        Assert.That(HResult.TryFindAfter(text, text.StartsWith("hr", StringComparison.Ordinal) ? "hr = " : "Error: ", out _), Is.False);
    }

    [Test]
    public void Reads_the_bracketed_code_of_a_failed_agent_line()
    {
        Assert.That(HResult.TryFindBracketed("*FAILED* [8024402C] Send request", out var code), Is.True);
        Assert.That(code, Is.EqualTo(0x8024402Cu));
        Assert.That(HResult.TryFindBracketed("*FAILED* [80244] short", out _), Is.False);
    }

    [Test]
    public void A_last_error_is_the_HRESULT_of_its_Win32_code()
    {
        Assert.That(HResult.TryFindGle("Error 0x80070570[gle=0x00000570]", out var code), Is.True);
        Assert.That(code, Is.EqualTo(0x80070570u));
        Assert.That(HResult.FromWin32(0), Is.Zero);
        Assert.That(HResult.FromWin32(0x80004005), Is.EqualTo(0x80004005u), "an HRESULT stays what it is");
    }

    [TestCase("0x8007000D-0x2000C", 0x8007000Du, 0x2000Cu)]
    [TestCase("0x8007001F - 0x50015", 0x8007001Fu, 0x50015u)]
    [TestCase("0xC1900101-0x40017", 0xC1900101u, 0x40017u)]
    [TestCase("0x80070070", 0x80070070u, 0u)]
    public void Reads_a_result_with_its_extend_code(string text, uint result, uint extend)
    {
        Assert.That(HResult.TryParseWithExtend(text, out var parsedResult, out var parsedExtend), Is.True);
        Assert.That((parsedResult, parsedExtend), Is.EqualTo((result, extend)));
    }

    [TestCase("127", 0x8007007Fu)]
    [TestCase("1392]", 0x80070570u)]
    [TestCase(" 3017", 0x80070BC9u)]
    public void A_decimal_Win32_code_becomes_its_HRESULT_where_the_context_says_so(string text, uint expected)
    {
        Assert.That(HResult.TryParseWin32Decimal(text, out var code), Is.True);
        Assert.That(code, Is.EqualTo(expected));
    }

    [TestCase("0")]
    [TestCase("12ab")]
    [TestCase("x")]
    public void Not_a_decimal_Win32_code(string text) =>
        Assert.That(HResult.TryParseWin32Decimal(text, out _), Is.False);

    [Test]
    public void An_NTSTATUS_that_wraps_a_Win32_error_becomes_its_HRESULT()
    {
        Assert.That(HResult.FromNtStatus(0xC007000D), Is.EqualTo(0x8007000Du));
        Assert.That(HResult.FromNtStatus(0xC0000005), Is.EqualTo(0xC0000005u));
        Assert.That(HResult.Format(0x800F081F), Is.EqualTo("0x800F081F"));
    }
}
