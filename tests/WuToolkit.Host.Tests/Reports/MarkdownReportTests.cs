using WuToolkit.Host.Output.Markdown;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk run --format markdown</c>: a ticket's text, with the data unable to become markup.</summary>
public class MarkdownReportTests
{
    [Test]
    public async Task A_sample_reads_verdict_first_then_each_finding_with_its_fix_command()
    {
        var result = await Support.Cli.RunAsync("run", "--format", "markdown", "--snapshot", Path.Combine(TestPaths.Samples, "services-disabled.json"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        var lines = result.Output.Split('\n');
        Assert.That(lines[2], Does.StartWith("**Problems found on this PC"));
        Assert.That(result.Output, Does.Contain("#### FAIL `services.update-services`").And.Contain("```\nwutk fix services.restore-defaults\n```"));
        Assert.That(result.Output, Does.Contain("<details>\n<summary>"));
    }

    [Test]
    public async Task Hostile_text_is_escaped_so_no_renderer_makes_markup_or_links_of_it()
    {
        using var output = new StringWriter();

        await new MarkdownOutputFormatter(output, "9.9.9").WriteRunAsync(ReportSamples.Hostile(), CancellationToken.None);

        var text = output.ToString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Not.Contain(ReportSamples.Script).And.Not.Contain("<i>"));
            Assert.That(text, Does.Contain("&lt;script&gt;"));
            Assert.That(text, Does.Contain("\\[x\\](http://evil.example/)"), "no link");
            Assert.That(text.Contains('\u202E', StringComparison.Ordinal), Is.False, "the override itself never reaches the text");
            Assert.That(text, Does.Contain("wutk fix fixture.repair"));
        }
    }
}
