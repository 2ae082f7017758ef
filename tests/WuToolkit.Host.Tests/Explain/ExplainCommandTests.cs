using System.Text.Json;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Explain;

/// <summary><c>wutk explain</c> as a user runs it: the answer for a known code, a setup pair and an unknown code, and
/// one line with exit code 2 for input that is not a code.</summary>
public class ExplainCommandTests
{
    [Test]
    public async Task A_known_code_shows_its_name_meaning_causes_and_next_steps()
    {
        var result = await Support.Cli.RunAsync("explain", "0x8024402C");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Error, Is.Empty);
        Assert.That(result.Output, Does.Contain("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"));
        Assert.That(result.Output, Does.Contain("Likely causes:"));
        Assert.That(result.Output, Does.Contain("checks: network.adapter, network.endpoints, network.proxy"));
        Assert.That(result.Output, Does.Contain("wutk run network.adapter network.endpoints network.proxy"));
        Assert.That(result.Output, Does.Contain("fixes: network.reset-winhttp-proxy"));
        Assert.That(result.Output, Does.Contain("facility 36 (Windows Update)"));
    }

    [TestCase("0x8024402C")]
    [TestCase("8024402c")]
    [TestCase("0X8024402C")]
    [TestCase("-2145107924")]
    [TestCase("2149859372")]
    [TestCase("wu_e_pt_winhttp_name_not_resolved")]
    public async Task Every_input_form_explains_the_same_code(string input)
    {
        var result = await Support.Cli.RunAsync("explain", input, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var code = json.RootElement.GetProperty("code");
        Assert.That(code.GetProperty("hex").GetString(), Is.EqualTo("0x8024402C"));
        Assert.That(code.GetProperty("entries")[0].GetProperty("name").GetString(), Is.EqualTo("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"));
    }

    [Test]
    public async Task A_setup_pair_shows_the_result_and_the_phase_and_operation_of_its_extend_code()
    {
        var result = await Support.Cli.RunAsync("explain", "0xC1900101-0x40017");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("MOSETUP_E_SETUP_PLATFORM"));
        Assert.That(result.Output, Does.Contain("Setup extend code 0x40017:"));
        Assert.That(result.Output, Does.Contain("phase 4 (SP_EXECUTION_OOBE_BOOT)"));
        Assert.That(result.Output, Does.Contain("operation 0x17 (SP_EXECUTION_OP_BOOT)"));
    }

    [Test]
    public async Task A_pair_given_as_several_arguments_reads_the_same()
    {
        var result = await Support.Cli.RunAsync("explain", "0x8007000D", "-", "0x2000C");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("ERROR_INVALID_DATA"));
        Assert.That(result.Output, Does.Contain("SP_EXECUTION_SAFE_OS").And.Contain("SP_EXECUTION_OP_APPLY_IMAGE"));
    }

    [Test]
    public async Task An_unknown_code_is_decoded_by_its_facility_and_exits_0()
    {
        var result = await Support.Cli.RunAsync("explain", "0x80249999");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("No catalog knows 0x80249999"));
        Assert.That(result.Output, Does.Contain("facility 36 (Windows Update)"));
        Assert.That(result.Output, Does.Contain("inventory"));
    }

    [Test]
    public async Task A_win32_error_number_is_explained_as_the_code_windows_reports()
    {
        var result = await Support.Cli.RunAsync("explain", "1058");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("1058 was read as Win32 error 1058, which Windows reports as 0x80070422."));
        Assert.That(result.Output, Does.Contain("ERROR_SERVICE_DISABLED"));
        Assert.That(result.Output, Does.Contain("fixes: services.restore-defaults"));
    }

    [TestCase("xyz")]
    [TestCase("0xZZZZ")]
    [TestCase("not a code")]
    public async Task Junk_is_a_usage_error_in_one_line(string input)
    {
        var result = await Support.Cli.RunAsync("explain", input);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error.TrimEnd(), Is.EqualTo(
            $"error: '{input}' is not an error code: give it as 0x8024402C, 8024402C, -2145107924 or a WU_E_ name"));
    }

    [Test]
    public async Task An_unknown_name_is_a_usage_error_in_one_line_that_points_to_search()
    {
        var result = await Support.Cli.RunAsync("explain", "WU_E_NO_SUCH_THING", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Output, Is.Empty, "nothing on standard output, not even JSON");
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.Contain("'WU_E_NO_SUCH_THING'").And.Contain("--search"));
    }

    [Test]
    public async Task No_code_at_all_is_a_usage_error()
    {
        var result = await Support.Cli.RunAsync("explain");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }
}
