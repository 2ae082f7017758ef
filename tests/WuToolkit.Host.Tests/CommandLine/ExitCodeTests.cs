using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.CommandLine;

public class ExitCodeTests
{
    [Test]
    public async Task An_unknown_selector_is_a_usage_error_named_in_one_line()
    {
        var result = await Support.Cli.RunAsync("run", "nosuchthing");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("unknown selector 'nosuchthing'"));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await Support.Cli.RunAsync("list", "--no-such-option");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public async Task No_command_is_a_usage_error()
    {
        var result = await Support.Cli.RunAsync();
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public async Task Version_prints_the_tool_version()
    {
        var result = await Support.Cli.RunAsync("--version");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output, Does.Match(@"^\d+\.\d+\.\d+"));
    }
}
