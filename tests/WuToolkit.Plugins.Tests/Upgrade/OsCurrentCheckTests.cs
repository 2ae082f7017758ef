using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class OsCurrentCheckTests
{
    private static readonly OsInfo Windows10 = new() { ProductName = "Windows 10 Pro", Version = "10.0.19045", Build = 19045, Revision = 6456, Architecture = "x64", DisplayVersion = "22H2" };

    private static UpdateHistoryEntry Entry(string title, string kb, string date, UpdateResult result = UpdateResult.Succeeded) =>
        new() { Title = title, KbId = kb, Date = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture), Operation = UpdateOperation.Installation, Result = result };

    private static TestPc Pc(string now, OsInfo os, params UpdateHistoryEntry[] history) =>
        CheckHarness.EmptyPc with { Now = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), Os = os, UpdateHistory = history };

    private static readonly UpdateHistoryEntry November = Entry("2026-11 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5068781)", "KB5068781", "2026-11-12T19:40:00Z");
    private static readonly UpdateHistoryEntry June = Entry("2026-06 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5060533)", "KB5060533", "2026-06-11T18:20:00Z");
    private static readonly UpdateHistoryEntry DotNet = Entry("2026-11 Cumulative Update for .NET Framework 3.5 and 4.8.1 for Windows 10 Version 22H2 for x64 (KB5067000)", "KB5067000", "2026-11-13T10:00:00Z");

    [Test]
    public async Task A_recent_cumulative_update_passes_naming_build_and_revision()
    {
        var result = await CheckHarness.RunAsync(new OsCurrentCheck(), Pc("2026-11-20T09:00:00Z", Windows10, DotNet, November, June));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Windows 10 Pro 22H2, build 19045.6456").And.Contain("7 days old (KB5068781)"));
        Assert.That(result.Evidence("osBuild"), Is.EqualTo("19045.6456"));
        Assert.That(result.Evidence("lastCumulativeUpdate"), Is.EqualTo("KB5068781"), "the .NET cumulative update is not Windows'");
        Assert.That(result.Evidence("lastCumulativeUpdateDate"), Is.EqualTo("2026-11-12"));
    }

    [Test]
    public async Task More_than_two_months_without_a_cumulative_update_warns()
    {
        var failedSince = Entry(November.Title, November.KbId!, "2026-11-13T10:00:00Z", UpdateResult.Failed);

        var result = await CheckHarness.RunAsync(new OsCurrentCheck(), Pc("2026-11-20T09:00:00Z", Windows10, failedSince, June));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("161 days old (KB5060533)").And.Contain("more than 60 days").And.Contain("before the upgrade"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task The_age_limit_comes_from_settings()
    {
        var pc = Pc("2026-11-20T09:00:00Z", Windows10, November);

        var strict = await CheckHarness.RunAsync(new OsCurrentCheck(), pc, ("upgrade.maxUpdateAgeDays", "5"));

        Assert.That(strict.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(strict.Evidence("maxUpdateAgeDays"), Is.EqualTo("5"));
    }

    [Test]
    public async Task A_history_without_cumulative_updates_passes_naming_the_build()
    {
        var result = await CheckHarness.RunAsync(new OsCurrentCheck(), Pc("2026-11-20T09:00:00Z", Windows10 with { DisplayVersion = null, Revision = 0 }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Windows 10 Pro, build 19045"));
        Assert.That(result.Evidence("lastCumulativeUpdate"), Is.EqualTo("none in history"));
    }

    [Test]
    public async Task A_clock_behind_the_last_update_warns_about_the_clock()
    {
        var result = await CheckHarness.RunAsync(new OsCurrentCheck(), Pc("2019-06-01T09:00:00Z", Windows10, November));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("2019-06-01").And.Contain("date and time"));
    }

    [Test]
    public async Task A_healthy_ARM64_Windows_11_Home_and_a_WSUS_server_pass()
    {
        var arm = new OsInfo { ProductName = "Windows 11 Home", Version = "10.0.26100", Build = 26100, Revision = 7171, Architecture = "arm64", DisplayVersion = "24H2" };
        var armUpdate = Entry("2026-11 Cumulative Update for Windows 11 Version 24H2 for arm64-based Systems (KB5068861)", "KB5068861", "2026-11-11T18:00:00Z");
        var server = new OsInfo { ProductName = "Windows Server 2022 Standard", Version = "10.0.20348", Build = 20348, Revision = 4405, Architecture = "x64" };
        var serverUpdate = Entry("2026-11 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5068787)", "KB5068787", "2026-11-11T18:00:00Z");

        var armResult = await CheckHarness.RunAsync(new OsCurrentCheck(), Pc("2026-11-20T09:00:00Z", arm, armUpdate));
        var serverResult = await CheckHarness.RunAsync(new OsCurrentCheck(), Pc("2026-11-20T09:00:00Z", server, serverUpdate));

        Assert.That(armResult.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(serverResult.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_snapshot_without_the_history_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new OsCurrentCheck(), CheckHarness.EmptyPc with { Os = Windows10 }));
    }
}
