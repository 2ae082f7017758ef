using System.Globalization;
using System.Text.RegularExpressions;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Output.Html;
using WuToolkit.Host.Reports;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>The one shell of every wutk page: the run report and the fleet report carry the same policy, style sheet,
/// head and frame, and escape data the same way.</summary>
public partial class HtmlPageTests
{
    private static readonly DateTimeOffset Generated = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_run_page_and_the_fleet_page_carry_the_same_policy_and_style_sheet()
    {
        var run = await RunPageAsync();
        var fleet = await FleetPageAsync(Row("PC-001"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Policies().Matches(run).Select(m => m.Groups[1].Value), Is.EqualTo(new[] { "default-src 'none'; style-src 'unsafe-inline'" }));
            Assert.That(Policies().Matches(fleet).Select(m => m.Groups[1].Value), Is.EqualTo(Policies().Matches(run).Select(m => m.Groups[1].Value)));
            Assert.That(StyleSheets().Matches(run).Select(m => m.Groups[1].Value), Is.EqualTo(new[] { HtmlPageStyle.Css }));
            Assert.That(StyleSheets().Matches(fleet).Select(m => m.Groups[1].Value), Is.EqualTo(new[] { HtmlPageStyle.Css }));
            Assert.That(WithoutTitle(Head(fleet)), Is.EqualTo(WithoutTitle(Head(run))), "the heads differ only in their titles");
        }
    }

    [Test]
    public async Task Both_pages_have_a_header_above_main_and_end_alike()
    {
        var run = await RunPageAsync();
        var fleet = await FleetPageAsync(Row("PC-001"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run, Does.Contain("</head>\n<body>\n<header>\n<p id=\"verdict\""));
            Assert.That(fleet, Does.Contain("</head>\n<body class=\"fleet\">\n<header>\n<h1>"));
            foreach (var page in new[] { run, fleet })
            {
                Assert.That(page.IndexOf("</header>\n<main>\n", StringComparison.Ordinal), Is.GreaterThan(0));
                Assert.That(page, Does.EndWith("</body>\n</html>\n"));
                Assert.That(page.Split("<main>"), Has.Length.EqualTo(2), "one main");
            }

            Assert.That(fleet, Does.Match("</main>\n<footer>[^<]*2026-12-01 08:00Z[^<]*</footer>\n</body>\n</html>\n$"), "the fleet page's footer says when it was made");
            Assert.That(run, Does.EndWith("</main>\n</body>\n</html>\n").And.Not.Contain("<footer>"));
        }
    }

    [Test]
    public async Task A_host_name_with_a_bidirectional_override_or_markup_stays_text_on_the_fleet_page()
    {
        var fleet = await FleetPageAsync(Row("PC-" + ReportSamples.Bidi + ReportSamples.Script));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fleet.Contains('\u202E', StringComparison.Ordinal), Is.False, "the override itself never reaches the page");
            Assert.That(fleet, Does.Contain("<tr><td>PC-\\u202Etxt.exe&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"));
            Assert.That(fleet, Does.Not.Contain("<script"));
        }
    }

    [Test]
    public async Task Both_pages_speak_the_language_of_the_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
        try
        {
            var run = await RunPageAsync();
            var fleet = await FleetPageAsync(Row("PC-001"));

            Assert.That(run, Does.StartWith("<!DOCTYPE html>\n<html lang=\"ja-JP\">"));
            Assert.That(fleet, Does.StartWith("<!DOCTYPE html>\n<html lang=\"ja-JP\">"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static async Task<string> RunPageAsync()
    {
        using var output = new StringWriter();
        await new HtmlOutputFormatter(output, HostSession.ToolVersion).WriteRunAsync(ReportSamples.Hostile(), CancellationToken.None);
        return output.ToString();
    }

    private static async Task<string> FleetPageAsync(MachineRow row)
    {
        using var output = new StringWriter();
        await ReportSamples.WriteFleetPageAsync(output, row, Generated);
        return output.ToString();
    }

    private static MachineRow Row(string identity) => ReportSamples.FailedMachine(identity, Generated);

    private static string Head(string page) => page[..page.IndexOf("</head>", StringComparison.Ordinal)];

    private static string WithoutTitle(string head) => Title().Replace(head, "<title></title>");

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")]
    private static partial Regex Policies();

    [GeneratedRegex("<style>\n(.*?)\n</style>", RegexOptions.Singleline)]
    private static partial Regex StyleSheets();

    [GeneratedRegex("<title>[^<]*</title>")]
    private static partial Regex Title();
}
