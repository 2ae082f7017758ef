using System.Diagnostics;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>
/// The HTML report in a real headless browser (Chromium through its WebDriver): what a technician sees is the verdict, one
/// element per finding with its check id and fix command, folded details that open on a click, and nothing fetched.
/// Needs Debian's <c>chromium</c> and <c>chromium-driver</c>; run as root (as CI does) without them, the setup installs
/// them with apt-get. Screenshots of each page are attached to the test results (and left in the temporary folder).
/// </summary>
[Category("Slow")]
[NonParallelizable]
public class HtmlBrowserTests
{
    private ChromeDriver _browser = null!;
    private TempFolder _pages = null!;

    private static readonly string[] Samples = ["services-disabled.json", "update-stuck-failing.json", "disk-full-for-upgrade.json", "healthy-desktop.json"];

    [OneTimeSetUp]
    public void StartBrowser()
    {
        var found = BrowserFiles.Find();
        if (found is null)
        {
            Assert.That(BrowserFiles.Install(), Is.True, "apt-get install chromium chromium-driver failed");
            found = BrowserFiles.Find();
        }

        Assert.That(found, Is.Not.Null, "chromium and chromedriver are still missing after apt-get install");
        var (browser, driver) = found!.Value;
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1600", "--lang=en-US");
        _browser = new ChromeDriver(service, options, TimeSpan.FromMinutes(3));
        _pages = new TempFolder();
    }

    [OneTimeTearDown]
    public void StopBrowser()
    {
        _browser?.Quit();
        _browser?.Dispose();
        _pages?.Dispose();
    }

    [TestCaseSource(nameof(Samples))]
    public async Task The_page_shows_the_verdict_each_finding_with_its_fix_and_details_that_open_on_a_click(string sample)
    {
        var expected = ReportSamples.All().Single(e => e.Snapshot == sample);
        var file = _pages.Combine(Path.ChangeExtension(sample, ".html"));
        var result = await Support.Cli.RunAsync("run", "--format", "html", "-o", file, "--snapshot", expected.Path);
        Assert.That(result.ExitCode, Is.EqualTo(expected.ExitCode), result.Error);

        _browser.Navigate().GoToUrl(new Uri(file).AbsoluteUri);

        // What the reader first sees, for a person to look at: attached to the results and kept in the temporary folder.
        var shot = _pages.Combine(Path.ChangeExtension(sample, ".png"));
        _browser.GetScreenshot().SaveAsFile(shot);
        var kept = Path.Combine(Path.GetTempPath(), "wutk-report-screenshots");
        Directory.CreateDirectory(kept);
        File.Copy(shot, Path.Combine(kept, Path.GetFileName(shot)), overwrite: true);
        TestContext.AddTestAttachment(shot, sample);

        var verdict = _browser.FindElement(By.Id("verdict"));
        var findings = _browser.FindElements(By.CssSelector("article.finding"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Text, Does.StartWith(expected.ExitCode == 1 ? "Problems found on this PC" : "No problem found"));
            Assert.That(verdict.Location.Y, Is.LessThan(findings.Count > 0 ? findings[0].Location.Y : int.MaxValue), "the verdict is first");
            Assert.That(findings.Select(f => f.GetDomAttribute("data-check")), Is.EquivalentTo(expected.WithStatus("fail", "warn", "error")));
            foreach (var finding in findings)
            {
                var id = finding.GetDomAttribute("data-check");
                Assert.That(finding.FindElement(By.CssSelector(".check-id")).Text, Is.EqualTo(id));
                Assert.That(finding.Displayed, Is.True, id);
            }
        }

        if (sample == "services-disabled.json")
        {
            var services = _browser.FindElement(By.CssSelector("article[data-check='services.update-services']"));
            Assert.That(services.FindElements(By.CssSelector(".fix-command")).Select(c => c.Text), Does.Contain("wutk fix services.restore-defaults"));
        }

        // Folded until clicked.
        var details = _browser.FindElement(By.Id("other-checks"));
        var firstRow = details.FindElement(By.CssSelector("tbody tr"));
        Assert.That(IsOpen(details), Is.False);
        Assert.That(firstRow.Displayed, Is.False);
        details.FindElement(By.TagName("summary")).Click();
        Assert.That(IsOpen(details), Is.True);
        Assert.That(firstRow.Displayed, Is.True);
        var environment = _browser.FindElement(By.Id("environment"));
        Assert.That(IsOpen(environment), Is.False);
        environment.FindElement(By.TagName("summary")).Click();
        Assert.That(environment.Text, Does.Contain("wutk version").And.Contain(expected.Path));

        // Nothing fetched: no element that points anywhere, and the browser loaded no resource besides the page.
        Assert.That(_browser.FindElements(By.CssSelector("[src], [href], link, script, iframe, img, object, embed")), Is.Empty);
        Assert.That(_browser.ExecuteScript("return performance.getEntriesByType('resource').length;"), Is.EqualTo(0L));

    }

    [Test]
    public async Task A_hostile_value_stays_text_in_the_browser_and_runs_nothing()
    {
        var file = _pages.Combine("hostile.html");
        using (var output = new StreamWriter(file))
        {
            await new WuToolkit.Host.Output.Html.HtmlOutputFormatter(output, "9.9.9").WriteRunAsync(ReportSamples.Hostile(), CancellationToken.None);
        }

        _browser.Navigate().GoToUrl(new Uri(file).AbsoluteUri);

        var finding = _browser.FindElement(By.CssSelector("article[data-check='fixture.hostile']"));
        Assert.That(finding.Text, Does.Contain(ReportSamples.Script).And.Contain("\\u202Etxt.exe"));
        Assert.That(_browser.FindElements(By.TagName("script")), Is.Empty);
        Assert.That(_browser.FindElements(By.CssSelector(".finding i, .finding b, a")), Is.Empty);
    }

    [Test]
    public async Task The_fleet_page_shows_its_summary_above_the_machines_it_was_written_after()
    {
        var file = _pages.Combine("fleet.html");
        using (var output = new StreamWriter(file))
        {
            await ReportSamples.WriteFleetPageAsync(output, ReportSamples.FailedMachine("PC-001", DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch);
        }

        _browser.Navigate().GoToUrl(new Uri(file).AbsoluteUri);
        var shot = _pages.Combine("fleet.png");
        _browser.GetScreenshot().SaveAsFile(shot);
        TestContext.AddTestAttachment(shot, "fleet");

        var header = _browser.FindElement(By.TagName("header")).Location.Y;
        var summary = _browser.FindElement(By.CssSelector("section.summary")).Location.Y;
        var machines = _browser.FindElement(By.CssSelector("section.machines"));
        var footer = _browser.FindElement(By.TagName("footer")).Location.Y;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { header, summary, machines.Location.Y, footer }, Is.Ordered.Ascending.And.Unique);
            Assert.That(machines.Text, Does.Contain("PC-001").And.Contain("services.update-services"));
            Assert.That(_browser.FindElements(By.CssSelector("[src], [href], link, script, iframe, img, object, embed")), Is.Empty);
            Assert.That(_browser.ExecuteScript("return performance.getEntriesByType('resource').length;"), Is.EqualTo(0L));
        }
    }

    private bool IsOpen(IWebElement details) => _browser.ExecuteScript("return arguments[0].open;", details) is true;

    /// <summary>Where the browser and its driver are, and installing Debian's when they are missing.</summary>
    private static class BrowserFiles
    {
        public static (string Browser, string Driver)? Find()
        {
            var browser = new[] { "/usr/bin/chromium", "/usr/bin/google-chrome", @"C:\Program Files\Google\Chrome\Application\chrome.exe" }.FirstOrDefault(File.Exists);
            var webDriverFolder = Environment.GetEnvironmentVariable("CHROMEWEBDRIVER");
            var driver = new[]
            {
                "/usr/bin/chromedriver",
                webDriverFolder is null ? null : Path.Combine(webDriverFolder, OperatingSystem.IsWindows() ? "chromedriver.exe" : "chromedriver"),
            }.FirstOrDefault(File.Exists);
            return browser is null || driver is null ? null : (browser, driver);
        }

        /// <summary>apt-get install, and apt-get update first only when the install fails (the lists may be stale or absent).</summary>
        public static bool Install()
        {
            if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
            {
                Assert.Fail("This test needs chromium and its WebDriver: apt-get install chromium chromium-driver (as root), or Chrome and CHROMEWEBDRIVER");
            }

            return AptGet("install -y --no-install-recommends chromium chromium-driver")
                || (AptGet("update") && AptGet("install -y --no-install-recommends chromium chromium-driver"));
        }

        private static bool AptGet(string arguments)
        {
            var start = new ProcessStartInfo("/usr/bin/apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
    }
}
