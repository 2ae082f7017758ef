using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary>Numbers on the command line that are no numbers, or out of the documented range: a usage error (2) in one
/// line naming the option and the value, never a stack trace or an internal error.</summary>
public class NumberOptionTests
{
    private static readonly string Healthy = Path.Combine(TestPaths.Samples, "healthy-desktop.json");

    [TestCase("abc")]
    [TestCase("")]
    [TestCase("5s")]
    [TestCase("1e9")]
    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("1,5")]
    public async Task A_bad_timeout_is_a_usage_error_naming_the_option_and_the_value(string value)
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--timeout", value);

        AssertUsageError(result, "--timeout", value);
    }

    [TestCase("abc")]
    [TestCase("99999999999")]
    [TestCase("2.5")]
    [TestCase("0")]
    public async Task A_bad_limit_is_a_usage_error_naming_the_option_and_the_value(string value)
    {
        var result = await Support.Cli.RunAsync("explain", "--search", "x", "--limit", value);

        AssertUsageError(result, "--limit", value);
    }

    [TestCase("0.5")]
    [TestCase("86400")]
    public async Task A_timeout_in_the_range_is_taken(string value)
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Healthy, "--timeout", value, "disk");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
    }

    [Test]
    public async Task An_empty_plugins_folder_name_is_a_usage_error()
    {
        var result = await Support.Cli.RunAsync("list", "--plugins", "");

        AssertUsageError(result, "--plugins", "");
    }

    [Test]
    public async Task A_plugins_folder_that_may_not_be_read_says_permission_denied_with_66()
    {
        using var temp = new TempFolder();
        var locked = temp.Combine("locked");
        Directory.CreateDirectory(locked);
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("permissions as Linux has them");
            return;
        }

        File.SetUnixFileMode(locked, UnixFileMode.None);

        var result = await WutkProcess.RunHeldToPermissionsAsync("list", "--plugins", locked);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput), result.ToString());
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.StartWith("error: ").And.Contain(locked).And.Contain("permission denied"));
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void AssertUsageError(Support.Cli.Result result, string option, string value)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
            Assert.That(result.Output, Is.Empty);
            var lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Assert.That(lines[0], Does.StartWith("error: ").And.Contain(option).And.Contain($"'{value}'"), result.Error);
            Assert.That(result.Error, Does.Not.Contain("   at ").And.Not.Contain("internal error"));
        }
    }
}
