using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Catalog;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Catalog;

public class ServicingStackCheckTests
{
    private const string JanuaryCumulative = "2024-01 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5034122)";
    private const string DecemberCumulative = "2023-12 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5033372)";
    private const string DotNetCumulative = "2024-01 Cumulative Update for .NET Framework 3.5, 4.8 and 4.8.1 for Windows 10 Version 22H2 for x64 (KB5033909)";
    private const string ServicingStack = "2022-10 Servicing Stack Update for Windows 10 Version 21H2 for x64-based Systems (KB5018506)";
    private const string WinReUpdate = "2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441)";
    private static readonly int InstallFailure = unchecked((int)0x80070643);
    private static readonly int RolledBack = unchecked((int)0x800F0922);

    private static UpdateHistoryEntry Entry(string title, string kb, string date, UpdateResult result, int hresult = 0) =>
        new() { Title = title, KbId = kb, Date = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture), Operation = UpdateOperation.Installation, Result = result, HResult = hresult };

    private static TestPc PcCollectedOn(string date, params UpdateHistoryEntry[] newestFirst) =>
        CheckHarness.EmptyPc with
        {
            Now = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture),
            UpdateHistory = newestFirst,
        };

    private static readonly UpdateHistoryEntry[] UpToDateHistory =
    [
        Entry(DotNetCumulative, "KB5033909", "2024-01-10T03:40:00Z", UpdateResult.Succeeded),
        Entry(JanuaryCumulative, "KB5034122", "2024-01-10T03:20:00Z", UpdateResult.Succeeded),
        Entry(DecemberCumulative, "KB5033372", "2023-12-13T03:20:00Z", UpdateResult.Succeeded),
        Entry(ServicingStack, "KB5018506", "2022-10-12T03:00:00Z", UpdateResult.Succeeded),
    ];

    [Test]
    public async Task A_cumulative_update_from_this_month_passes()
    {
        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), PcCollectedOn("2024-02-01T09:00:00Z", UpToDateHistory));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("latestCumulative"), Is.EqualTo("KB5034122"), "the .NET cumulative update is not the Windows one");
        Assert.That(result.Evidence("latestCumulativeDate"), Is.EqualTo("2024-01-10"));
        Assert.That(result.Evidence("latestCumulativeAgeDays"), Is.EqualTo("22"));
        Assert.That(result.Evidence("latestServicingStack"), Is.EqualTo("KB5018506"));
        Assert.That(result.Evidence("latestServicingStackDate"), Is.EqualTo("2022-10-12"));
        Assert.That(result.Evidence("maxUpdateAgeDays"), Is.EqualTo("60"));
    }

    [Test]
    public async Task A_clock_behind_the_last_update_warns_about_the_clock_instead_of_passing_a_negative_age()
    {
        // A flat CMOS battery: the clock went back to the firmware's date, years before the updates it installed.
        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), PcCollectedOn("2019-06-01T09:00:00Z", UpToDateHistory));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("2019-06-01").And.Contain("2024-01-10").And.Contain("clock is wrong"));
    }

    [Test]
    public async Task A_clock_a_few_hours_behind_an_update_of_today_still_passes()
    {
        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), PcCollectedOn("2024-01-10T01:00:00Z", UpToDateHistory));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_cumulative_update_three_months_old_warns()
    {
        var pc = PcCollectedOn(
            "2024-04-15T09:00:00Z",
            Entry("2024-04 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5036892)", "KB5036892", "2024-04-10T03:20:00Z", UpdateResult.Failed, RolledBack),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-10T03:20:00Z", UpdateResult.Succeeded));

        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("96 days old (KB5034122)"));
        Assert.That(result.Evidence("latestCumulativeAgeDays"), Is.EqualTo("96"));
        Assert.That(result.Evidence("latestServicingStack"), Is.EqualTo("none in history"));
        Assert.That(result.Evidence("failedCumulativeAttempts"), Is.EqualTo("1"));
    }

    [Test]
    public async Task The_maximum_age_comes_from_settings()
    {
        var pc = PcCollectedOn("2024-02-20T09:00:00Z", UpToDateHistory);

        var strict = await CheckHarness.RunAsync(new ServicingStackCheck(), pc, ("catalog.maxUpdateAgeDays", "35"));
        var lenient = await CheckHarness.RunAsync(new ServicingStackCheck(), pc);

        Assert.That(strict.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(strict.Evidence("maxUpdateAgeDays"), Is.EqualTo("35"));
        Assert.That(lenient.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [TestCase("two months")]
    [TestCase("0")]
    [TestCase("-5")]
    public async Task A_maximum_age_that_is_not_a_positive_number_is_a_clear_error(string value)
    {
        var ex = await Assert.ThrowsAsync<InvalidSettingException>(() =>
            CheckHarness.RunAsync(new ServicingStackCheck(), PcCollectedOn("2024-02-01T09:00:00Z", UpToDateHistory), ("catalog.maxUpdateAgeDays", value)));
        Assert.That(ex!.Key, Is.EqualTo("catalog.maxUpdateAgeDays"));
    }

    [Test]
    public async Task Cumulative_updates_that_never_installed_fail()
    {
        var pc = PcCollectedOn(
            "2024-02-01T09:00:00Z",
            Entry(WinReUpdate, "KB5034441", "2024-01-14T03:00:00Z", UpdateResult.Failed, InstallFailure),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-12T03:20:00Z", UpdateResult.Failed, RolledBack),
            Entry(DecemberCumulative, "KB5033372", "2023-12-13T03:20:00Z", UpdateResult.Aborted, RolledBack),
            Entry(ServicingStack, "KB5018506", "2022-10-12T03:00:00Z", UpdateResult.Succeeded));

        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("2 attempts failed, the last (KB5034122) with 0x800F0922"));
        Assert.That(result.Evidence("latestCumulative"), Is.EqualTo("none in history"));
        Assert.That(result.Evidence("latestServicingStack"), Is.EqualTo("KB5018506"));
        Assert.That(result.Evidence("catalogSearch"), Is.EqualTo("https://www.catalog.update.microsoft.com/Search.aspx?q=KB5034122"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "catalog.install-package" }));
    }

    [Test]
    public async Task A_history_without_any_cumulative_update_passes()
    {
        var pc = PcCollectedOn(
            "2024-02-01T09:00:00Z",
            Entry("Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.403.3089.0)", "KB2267602", "2024-01-31T08:00:00Z", UpdateResult.Succeeded));

        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("latestCumulative"), Is.EqualTo("none in history"));
    }

    [Test]
    public async Task Each_update_it_names_links_to_its_Microsoft_Update_Catalog_search()
    {
        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), PcCollectedOn("2024-02-01T09:00:00Z", UpToDateHistory));

        Assert.That(result.Evidence("latestCumulativeCatalogSearch"), Is.EqualTo("https://www.catalog.update.microsoft.com/Search.aspx?q=KB5034122"));
        Assert.That(result.Evidence("latestServicingStackCatalogSearch"), Is.EqualTo("https://www.catalog.update.microsoft.com/Search.aspx?q=KB5018506"));
    }

    [TestCase("KB12345")]
    [TestCase("KB12345678")]
    [TestCase("KB503412\u0662")]
    [TestCase("KB5034122&q=evil")]
    [TestCase("5034122")]
    public async Task A_malformed_KB_id_never_becomes_a_link(string kb)
    {
        var pc = PcCollectedOn("2024-02-01T09:00:00Z", Entry(JanuaryCumulative, System.Text.RegularExpressions.Regex.Unescape(kb), "2024-01-10T03:20:00Z", UpdateResult.Succeeded));

        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence.Select(evidence => evidence.Key), Has.None.Contains("CatalogSearch").And.None.EqualTo("catalogSearch"));
    }

    [Test]
    public async Task An_old_cumulative_update_with_newer_failed_attempts_links_the_newest_attempt_to_install_by_hand()
    {
        var pc = PcCollectedOn(
            "2024-04-15T09:00:00Z",
            Entry("2024-04 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5036892)", "KB5036892", "2024-04-10T03:20:00Z", UpdateResult.Failed, RolledBack),
            Entry("2024-03 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5035845)", "KB5035845", "2024-03-13T03:20:00Z", UpdateResult.Failed, InstallFailure),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-10T03:20:00Z", UpdateResult.Succeeded));

        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("96 days old (KB5034122)").And.Contain("the newest attempt (KB5036892) failed with 0x800F0922"));
        Assert.That(result.Evidence("catalogSearch"), Is.EqualTo("https://www.catalog.update.microsoft.com/Search.aspx?q=KB5036892"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "catalog.install-package" }));
    }

    [Test]
    public async Task An_old_cumulative_update_without_newer_attempts_warns_without_a_fix()
    {
        var pc = PcCollectedOn("2024-04-15T09:00:00Z", Entry(JanuaryCumulative, "KB5034122", "2024-01-10T03:20:00Z", UpdateResult.Succeeded));

        var result = await CheckHarness.RunAsync(new ServicingStackCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.FixIds, Is.Empty);
        Assert.That(result.Evidence.Select(evidence => evidence.Key), Has.None.EqualTo("catalogSearch"));
    }

    [Test]
    public void Both_catalog_checks_have_a_description()
    {
        foreach (var check in new[] { typeof(ServicingStackCheck), typeof(FailedUpdatesCheck) })
        {
            var export = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<ExportCheckAttribute>(check)!;
            Assert.That(export.Description, Is.Not.Null.And.Length.GreaterThan(40), check.Name);
        }
    }

    [Test]
    public async Task A_snapshot_without_the_history_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ServicingStackCheck(), CheckHarness.EmptyPc));
    }
}
