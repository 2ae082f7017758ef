using System.Globalization;
using System.Text.RegularExpressions;
using WuToolkit.Host.Output.Html;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk run --format html</c>: the page's content and order, its safety against hostile data, <c>-o</c>.</summary>
public partial class HtmlReportTests
{
    private static IEnumerable<ReportSamples.Expected> Samples() => ReportSamples.All();

    [TestCaseSource(nameof(Samples))]
    public async Task Every_sample_is_one_page_with_its_verdict_first_and_an_article_for_each_finding(ReportSamples.Expected sample)
    {
        var result = await Support.Cli.RunAsync("run", "--format", "html", "--snapshot", sample.Path);

        Assert.That(result.ExitCode, Is.EqualTo(sample.ExitCode), result.Error);
        var page = result.Output;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(page, Does.Contain(sample.ExitCode == ExitCodes.IssueFound ? "class=\"verdict verdict-issues\"" : "class=\"verdict verdict-healthy\""));
            Assert.That(page.IndexOf("id=\"verdict\"", StringComparison.Ordinal), Is.LessThan(page.IndexOf("<main>", StringComparison.Ordinal)), "the verdict comes first");
            foreach (var id in sample.WithStatus("fail", "warn", "error"))
            {
                Assert.That(page, Does.Contain($"<article class=\"finding status-{sample.Findings[id]}\" data-check=\"{id}\">"), id);
            }

            Assert.That(ArticleCount().Matches(page), Has.Count.EqualTo(sample.WithStatus("fail", "warn", "error").Count()));
            Assert.That(page, Does.Not.Contain("<script"), "no script");
            Assert.That(ExternalReference().IsMatch(page), Is.False, "nothing fetched");
            Assert.That(page, Does.Contain("<details id=\"other-checks\">").And.Contain("<details id=\"environment\">"));
        }
    }

    [Test]
    public async Task A_failed_finding_shows_the_command_of_each_fix_it_names()
    {
        var sample = Path.Combine(TestPaths.Samples, "services-disabled.json");

        var page = (await Support.Cli.RunAsync("run", "--format", "html", "--snapshot", sample)).Output;

        Assert.That(page, Does.Contain("<code class=\"fix-command\">wutk fix services.restore-defaults</code>"));
    }

    [Test]
    public async Task Hostile_text_is_shown_as_text_never_as_markup_and_never_reordered()
    {
        using var output = new StringWriter();

        await new HtmlOutputFormatter(output, "9.9.9").WriteRunAsync(ReportSamples.Hostile(), CancellationToken.None);

        var page = output.ToString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Not.Contain(ReportSamples.Script).And.Not.Contain("<i>").And.Not.Contain("<b>"));
            Assert.That(page, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
            Assert.That(page.Contains('\u202E', StringComparison.Ordinal), Is.False, "the override itself never reaches the page");
            Assert.That(page, Does.Contain("\\u202Etxt.exe"), "it is shown as an escape");
            Assert.That(page, Does.Contain("&quot;a&quot; &amp; &#39;b&#39;"));
            Assert.That(ExternalReference().IsMatch(page), Is.False, "a link in data is text, not a link");
            Assert.That(page, Does.Contain("<code class=\"fix-command\">wutk fix fixture.repair</code>"));
        }
    }

    [Test]
    public async Task Findings_come_failed_first_then_could_not_run_then_warned_and_passed_checks_are_folded_away()
    {
        using var output = new StringWriter();

        await new HtmlOutputFormatter(output, "9.9.9").WriteRunAsync(ReportSamples.Hostile(), CancellationToken.None);

        var page = output.ToString();
        var failed = page.IndexOf("data-check=\"fixture.hostile\"", StringComparison.Ordinal);
        var error = page.IndexOf("data-check=\"fixture.crashed\"", StringComparison.Ordinal);
        var warned = page.IndexOf("data-check=\"disk.free-space\"", StringComparison.Ordinal);
        var passed = page.IndexOf("data-check=\"services.update-services\"", StringComparison.Ordinal);
        var folded = page.IndexOf("<details id=\"other-checks\">", StringComparison.Ordinal);
        Assert.That(new[] { failed, error, warned, folded, passed }, Is.Ordered.And.All.GreaterThan(0));
    }

    [Test]
    public async Task The_page_speaks_the_language_of_the_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
        try
        {
            using var output = new StringWriter();
            await new HtmlOutputFormatter(output, "9.9.9").WriteRunAsync(ReportSamples.Hostile(), CancellationToken.None);

            Assert.That(output.ToString(), Does.Contain("<html lang=\"ja-JP\">").And.Contain("問題が見つかりました").And.Contain("修正するには"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public async Task With_o_the_page_goes_to_the_file_and_nothing_to_standard_output()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("report.html");

        var result = await Support.Cli.RunAsync("run", "--format", "html", "-o", file, "--snapshot", Path.Combine(TestPaths.Samples, "services-disabled.json"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        Assert.That(result.Output, Is.Empty);
        Assert.That(File.ReadAllText(file), Does.StartWith("<!DOCTYPE html>").And.Contain("services.update-services"));
        Assert.That(Directory.GetFiles(temp.Path), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public async Task An_o_that_names_a_folder_is_refused_with_73_and_nothing_is_written()
    {
        using var temp = new TempFolder();

        var result = await Support.Cli.RunAsync("run", "--format", "html", "-o", temp.Path, "--snapshot", Path.Combine(TestPaths.Samples, "healthy-desktop.json"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate));
        Assert.That(result.Error, Does.Contain(temp.Path));
        Assert.That(Directory.EnumerateFileSystemEntries(temp.Path), Is.Empty);
    }

    [TestCase("list")]
    [TestCase("plugins")]
    public async Task Other_commands_refuse_the_report_formats_as_a_usage_error(string command)
    {
        var result = await Support.Cli.RunAsync(command, "--format", "html");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("--format html").And.Contain($"'{command}'"));
    }

    [GeneratedRegex("<article ")]
    private static partial Regex ArticleCount();

    /// <summary>An attribute that would make the browser fetch or go somewhere: src, href, action, srcset or a url().</summary>
    [GeneratedRegex(@"(?:\b(?:src|href|action|srcset|poster|data)\s*=|url\()", RegexOptions.IgnoreCase)]
    internal static partial Regex ExternalReference();
}
