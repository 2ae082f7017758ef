using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Catalog;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Catalog;

public class FailedUpdatesCheckTests
{
    private const string WinReUpdate = "2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441)";
    private const string JanuaryCumulative = "2024-01 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5034122)";
    private const string DefenderDefinitions = "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.403.3089.0)";
    private static readonly int InstallFailure = unchecked((int)0x80070643);
    private static readonly int DownloadFailure = unchecked((int)0x80240022);

    private static UpdateHistoryEntry Entry(string title, string? kb, string date, UpdateResult result, int hresult = 0) =>
        new() { Title = title, KbId = kb, Date = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Operation = UpdateOperation.Installation, Result = result, HResult = hresult };

    private static TestPc PcWithHistory(params UpdateHistoryEntry[] newestFirst) =>
        CheckHarness.EmptyPc with { UpdateHistory = newestFirst };

    [Test]
    public async Task A_history_of_successful_installs_passes()
    {
        var pc = PcWithHistory(
            Entry(DefenderDefinitions, "KB2267602", "2024-01-12T08:15:00Z", UpdateResult.Succeeded),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-10T03:20:00Z", UpdateResult.Succeeded));

        var result = await CheckHarness.RunAsync(new FailedUpdatesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("installations"), Is.EqualTo("2"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task An_update_that_failed_and_then_installed_passes()
    {
        var pc = PcWithHistory(
            Entry(JanuaryCumulative, "KB5034122", "2024-01-11T03:20:00Z", UpdateResult.Succeeded),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-10T03:20:00Z", UpdateResult.Failed, DownloadFailure));

        var result = await CheckHarness.RunAsync(new FailedUpdatesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task The_WinRE_update_failing_three_times_fails_with_a_catalog_link()
    {
        var pc = PcWithHistory(
            Entry(WinReUpdate, "KB5034441", "2024-01-14T03:00:00Z", UpdateResult.Failed, InstallFailure),
            Entry(WinReUpdate, "KB5034441", "2024-01-12T03:00:00Z", UpdateResult.Failed, InstallFailure),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-10T03:20:00Z", UpdateResult.Succeeded),
            Entry(WinReUpdate, "KB5034441", "2024-01-10T03:10:00Z", UpdateResult.Aborted, InstallFailure));

        var result = await CheckHarness.RunAsync(new FailedUpdatesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("KB5034441 failed to install 3 times, last with 0x80070643"));
        Assert.That(result.Summary, Does.Not.Contain("KB5034122"));
        Assert.That(result.Evidence("failedUpdates"), Is.EqualTo("1"));
        Assert.That(result.Evidence("KB5034441.failures"), Is.EqualTo("3"));
        Assert.That(result.Evidence("KB5034441.lastError"), Is.EqualTo("0x80070643"));
        Assert.That(result.Evidence("KB5034441.lastAttempt"), Is.EqualTo("2024-01-14"));
        Assert.That(result.Evidence("KB5034441.catalogSearch"), Is.EqualTo("https://www.catalog.update.microsoft.com/Search.aspx?q=KB5034441"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "catalog.install-package" }));
    }

    [Test]
    public async Task Only_the_failures_since_the_last_success_are_counted()
    {
        var pc = PcWithHistory(
            Entry(WinReUpdate, "KB5034441", "2024-02-14T03:00:00Z", UpdateResult.Failed, InstallFailure),
            Entry(WinReUpdate, "KB5034441", "2024-01-20T03:00:00Z", UpdateResult.Succeeded),
            Entry(WinReUpdate, "KB5034441", "2024-01-12T03:00:00Z", UpdateResult.Failed, InstallFailure));

        var result = await CheckHarness.RunAsync(new FailedUpdatesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("KB5034441 failed to install with 0x80070643"));
        Assert.That(result.Evidence("KB5034441.failures"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Each_failing_update_is_named_with_its_own_code()
    {
        var pc = PcWithHistory(
            Entry(WinReUpdate, "KB5034441", "2024-01-14T03:00:00Z", UpdateResult.Failed, InstallFailure),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-13T03:20:00Z", UpdateResult.Failed, DownloadFailure),
            Entry(JanuaryCumulative, "KB5034122", "2024-01-11T03:20:00Z", UpdateResult.Failed, DownloadFailure));

        var result = await CheckHarness.RunAsync(new FailedUpdatesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("KB5034441 failed to install with 0x80070643"));
        Assert.That(result.Summary, Does.Contain("KB5034122 failed to install 2 times, last with 0x80240022"));
        Assert.That(result.Evidence("failedUpdates"), Is.EqualTo("2"));
        Assert.That(result.Evidence("KB5034122.catalogSearch"), Does.EndWith("?q=KB5034122"));
    }

    [Test]
    public async Task A_driver_without_a_KB_is_grouped_by_title_and_gets_no_link()
    {
        const string driver = "Intel Corporation - Display - 31.0.101.4502";
        var pc = PcWithHistory(
            Entry(driver, null, "2024-01-14T03:00:00Z", UpdateResult.Failed, unchecked((int)0x80070103)),
            Entry(driver, null, "2024-01-13T03:00:00Z", UpdateResult.Failed, unchecked((int)0x80070103)));

        var result = await CheckHarness.RunAsync(new FailedUpdatesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain($"{driver} failed to install 2 times, last with 0x80070103"));
        Assert.That(result.Evidence.Select(e => e.Key), Has.None.EndsWith(".catalogSearch"));
    }

    [TestCase("KB50344")]
    [TestCase("KB503444100")]
    [TestCase("KB5034441&q=x")]
    [TestCase("KB５０３４４４１")]
    public async Task A_malformed_KB_id_gets_no_link(string kb)
    {
        var pc = PcWithHistory(Entry(WinReUpdate, kb, "2024-01-14T03:00:00Z", UpdateResult.Failed, InstallFailure));

        var result = await CheckHarness.RunAsync(new FailedUpdatesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Evidence.Select(e => e.Key), Has.None.EndsWith(".catalogSearch"));
    }

    [Test]
    public async Task A_snapshot_without_the_history_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new FailedUpdatesCheck(), CheckHarness.EmptyPc));
    }
}
