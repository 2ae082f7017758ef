using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary>A mistyped option is an unknown option with the nearest known one, not an unknown selector, a missing log
/// or a code that is not one.</summary>
public class UnknownOptionTests
{
    [TestCase(new[] { "run", "--snapshto", "x.json" }, "--snapshto", "--snapshot")]
    [TestCase(new[] { "run", "disk", "--snap", "x.json" }, "--snap", "--snapshot")]
    [TestCase(new[] { "run", "--timout", "5" }, "--timout", "--timeout")]
    [TestCase(new[] { "collect", "-o", "x.json", "--descripton", "pc" }, "--descripton", "--description")]
    [TestCase(new[] { "list", "--scenaro", "update" }, "--scenaro", "--scenario")]
    [TestCase(new[] { "list", "--fromat", "json" }, "--fromat", "--format")]
    [TestCase(new[] { "plugins", "--verbsity", "quiet" }, "--verbsity", "--verbosity")]
    [TestCase(new[] { "explain", "0x8024402C", "--serch" }, "--serch", "--search")]
    [TestCase(new[] { "logs", "analyze", "--windows-update-lg" }, "--windows-update-lg", "--windows-update-log")]
    public async Task A_mistyped_option_is_named_with_the_nearest_known_one(string[] arguments, string typed, string meant)
    {
        var result = await Support.Cli.RunAsync(arguments);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
            Assert.That(result.Output, Is.Empty);
            Assert.That(result.Error, Does.StartWith($"error: unknown option '{typed}'").And.Contain($"did you mean '{meant}'?"));
            Assert.That(result.Error, Does.Not.Contain("selector"));
        }
    }

    [Test]
    public async Task An_option_like_nothing_known_is_still_an_unknown_option()
    {
        var result = await Support.Cli.RunAsync("run", "--zzzzzzzz");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.StartWith("error: unknown option '--zzzzzzzz'").And.Not.Contain("did you mean"));
    }

    [Test]
    public async Task A_negative_code_is_a_code_not_an_option()
    {
        var result = await Support.Cli.RunAsync("explain", "-2145107924");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("0x8024402C"));
    }

    [Test]
    public async Task After_a_double_dash_a_word_is_a_selector_whatever_it_looks_like()
    {
        var result = await Support.Cli.RunAsync("run", "--", "--snapshto");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("unknown selector '--snapshto'"));
    }
}
