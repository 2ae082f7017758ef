using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Logs;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Logs;

public class UpdateClientErrorsCheckTests
{
    private const string Channel = "Microsoft-Windows-WindowsUpdateClient/Operational";
    private const string Provider = "Microsoft-Windows-WindowsUpdateClient";
    private const string Defender = "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.1234.0)";
    private const string NovemberCumulative = "2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5046617)";
    private const string OctoberCumulative = "2026-10 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5044284)";
    private const string WinReUpdate = "2026-11 Safe OS Dynamic Update for Windows 11 Version 24H2 (KB5046896)";

    private static readonly ErrorCode InstallFailure = new()
    {
        Code = 0x80070643, Name = "ERROR_INSTALL_FAILURE", Meaning = "A Windows Installer package failed to install.", FixIds = ["catalog.install-package"],
    };

    private static readonly ErrorCode NameNotResolved = new()
    {
        Code = 0x8024402C, Name = "WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", Meaning = "The proxy or the server name could not be resolved.", FixIds = ["network.reset-winhttp-proxy"],
    };

    private static EventRecordInfo Event(int id, double daysAgo, string? message, params (string Name, string Value)[] data) => new()
    {
        Channel = Channel,
        Provider = Provider,
        EventId = id,
        Level = id is 20 or 25 or 31 ? 2 : 4,
        TimeCreated = CheckHarness.Now.AddDays(-daysAgo),
        Message = message,
        Data = data.ToDictionary(pair => pair.Name, pair => pair.Value),
    };

    private static EventRecordInfo InstallFailed(string title, double daysAgo, string code = "0x80070643") =>
        Event(20, daysAgo, $"Installation Failure: Windows failed to install the following update with error {code}: {title}.",
            ("errorCode", code), ("updateTitle", title));

    private static EventRecordInfo Installed(string title, double daysAgo) =>
        Event(19, daysAgo, $"Installation Successful: Windows successfully installed the following update: {title}", ("updateTitle", title));

    private static EventRecordInfo SearchFailed(double daysAgo, string code = "0x8024402C") =>
        Event(25, daysAgo, $"Windows Update failed to check for updates with error {code}.", ("errorCode", code));

    private static EventRecordInfo SearchSucceeded(double daysAgo) => Event(26, daysAgo, "Windows Update successfully found 2 updates.", ("updatelist", "x"));

    /// <summary>A PC whose channel holds these events (oldest first, as the machine gives them).</summary>
    private static TestPc Pc(params EventRecordInfo[] events) =>
        CheckHarness.EmptyPc.With<IReadOnlyList<EventRecordInfo>>(MachineQuestions.Events, Channel, [.. events.OrderBy(e => e.TimeCreated)]);

    private static Task<CheckResult> RunAsync(TestPc pc, params (string Key, string Value)[] settings)
    {
        var codes = new TestErrorCodes(InstallFailure, NameNotResolved);
        return CheckTester.RunAsync(new UpdateClientErrorsCheck(), pc, context => context with { ErrorCodes = codes }, settings);
    }

    [Test]
    public async Task An_empty_channel_passes()
    {
        var result = await RunAsync(Pc());

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "no failure in the last 30 days");
        ResultAssert.HasEvidence(result, "eventsRead", "0");
    }

    [Test]
    public async Task A_history_of_successes_passes()
    {
        var result = await RunAsync(Pc(SearchSucceeded(3), Installed(NovemberCumulative, 2.9), Installed(Defender, 1)));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.HasEvidence(result, "failedSinceResolved", "0");
    }

    [Test]
    public async Task An_update_whose_newest_attempt_failed_fails_with_its_code_explained()
    {
        var result = await RunAsync(Pc(InstallFailed(WinReUpdate, 6), Installed(Defender, 5), InstallFailed(WinReUpdate, 2)));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "installing KB5046896 (2026-11-18): 0x80070643 ERROR_INSTALL_FAILURE");
        ResultAssert.HasEvidence(result, "KB5046896.operation", "install");
        ResultAssert.HasEvidence(result, "KB5046896.failures", "2");
        ResultAssert.HasEvidence(result, "KB5046896.error", "0x80070643 ERROR_INSTALL_FAILURE");
        ResultAssert.HasEvidence(result, "KB5046896.meaning", "A Windows Installer package failed to install.");
        ResultAssert.HasEvidence(result, "failing", "1");
        ResultAssert.NamesFix(result, "catalog.install-package");
    }

    [Test]
    public async Task A_later_successful_install_of_the_same_update_clears_its_failures()
    {
        // Defender's definitions fail now and then and install on the next try: nothing to do.
        var result = await RunAsync(Pc(InstallFailed(Defender, 4), InstallFailed(Defender, 3), Installed(Defender.Replace("1234", "1301", StringComparison.Ordinal), 2)));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "Later attempts succeeded");
        ResultAssert.HasEvidence(result, "failedSinceResolved", "1");
    }

    [Test]
    public async Task A_later_cumulative_update_supersedes_a_failed_earlier_one()
    {
        var result = await RunAsync(Pc(InstallFailed(OctoberCumulative, 25), Installed(NovemberCumulative, 8)));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
    }

    [Test]
    public async Task Another_updates_success_does_not_clear_a_failure()
    {
        var result = await RunAsync(Pc(InstallFailed(WinReUpdate, 3), Installed(NovemberCumulative, 1)));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "KB5046896");
    }

    [Test]
    public async Task A_failed_search_fails_until_a_search_succeeds()
    {
        var failing = await RunAsync(Pc(SearchSucceeded(5), SearchFailed(1)));
        var recovered = await RunAsync(Pc(SearchFailed(2), SearchFailed(1.5), SearchSucceeded(1)));

        ResultAssert.HasStatus(failing, CheckStatus.Fail);
        ResultAssert.SummaryContains(failing, "checking for updates (2026-11-19): 0x8024402C WU_E_PT_WINHTTP_NAME_NOT_RESOLVED");
        ResultAssert.HasEvidence(failing, "search.operation", "check for updates");
        ResultAssert.NamesFix(failing, "network.reset-winhttp-proxy");
        ResultAssert.HasStatus(recovered, CheckStatus.Pass);
    }

    [Test]
    public async Task A_code_no_catalog_knows_is_shown_as_hex()
    {
        var result = await RunAsync(Pc(InstallFailed(WinReUpdate, 1, "0x8024FFFF")));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.HasEvidence(result, "KB5046896.error", "0x8024FFFF");
        Assert.That(result.Evidence.Select(e => e.Key), Has.None.EqualTo("KB5046896.meaning"));
    }

    [Test]
    public async Task A_failed_download_is_cleared_by_a_later_download_of_the_same_update()
    {
        const string guid = "0F3B1C52-3F4E-4B8E-9C0A-1B2C3D4E5F60";
        var downloadFailed = Event(31, 3, "Windows Update failed to download an update.", ("errorCode", "0x80D05001"), ("updateTitle", NovemberCumulative), ("updateGuid", "{" + guid + "}"));
        var downloaded = Event(41, 2, "An update was downloaded.", ("updateTitle", NovemberCumulative), ("updateGuid", guid));

        var failing = await RunAsync(Pc(downloadFailed));
        var cleared = await RunAsync(Pc(downloadFailed, downloaded));

        ResultAssert.HasStatus(failing, CheckStatus.Fail);
        ResultAssert.SummaryContains(failing, "downloading KB5046617");
        ResultAssert.HasEvidence(failing, "KB5046617.error", "0x80D05001");
        ResultAssert.HasStatus(cleared, CheckStatus.Pass);
    }

    [Test]
    public async Task Failures_older_than_the_window_do_not_count_and_the_window_is_a_setting()
    {
        var pc = Pc(InstallFailed(WinReUpdate, 40));

        var ordinary = await RunAsync(pc);
        var longer = await RunAsync(pc, ("logs.updateErrorDays", "60"));

        ResultAssert.HasStatus(ordinary, CheckStatus.Pass);
        ResultAssert.HasStatus(longer, CheckStatus.Fail);
        ResultAssert.HasEvidence(longer, "windowDays", "60");
    }

    [Test]
    public async Task Events_without_messages_are_read_from_their_data()
    {
        // An event Windows could not format (its provider's resources missing) still carries its data.
        var result = await RunAsync(Pc(Event(20, 1, message: null, ("errorCode", "0x80070643"), ("updateTitle", WinReUpdate))));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.HasEvidence(result, "KB5046896.error", "0x80070643 ERROR_INSTALL_FAILURE");
    }

    [Test]
    public async Task Events_are_told_apart_by_id_whatever_the_language_of_their_message()
    {
        // Japanese Windows: the rule finds the code after "error"/"エラー" only in its data; the id says it was a search.
        var result = await RunAsync(Pc(Event(25, 1, "Windows Update で更新プログラムを確認できませんでした。エラー 0x8024402C", ("errorCode", "0x8024402C"))));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.HasEvidence(result, "search.operation", "check for updates");
        ResultAssert.HasEvidence(result, "search.error", "0x8024402C WU_E_PT_WINHTTP_NAME_NOT_RESOLVED");
    }

    [Test]
    public async Task Unable_to_connect_is_a_failed_search_without_a_code_until_a_search_succeeds()
    {
        var unableToConnect = Event(16, 2, "Unable to Connect: Windows is unable to connect to the automatic updates service and therefore cannot download and install updates according to the set schedule.");

        var failing = await RunAsync(Pc(unableToConnect));
        var recovered = await RunAsync(Pc(unableToConnect, SearchSucceeded(1)));

        ResultAssert.HasStatus(failing, CheckStatus.Fail);
        ResultAssert.HasEvidence(failing, "search.error", "no code");
        ResultAssert.HasStatus(recovered, CheckStatus.Pass);
    }

    [Test]
    public async Task Events_of_other_providers_are_not_the_update_clients()
    {
        var result = await RunAsync(Pc(InstallFailed(WinReUpdate, 1) with { Provider = "Service Control Manager" }));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
    }

    [Test]
    public async Task Several_failing_updates_are_named_newest_first_and_the_rest_counted()
    {
        var result = await RunAsync(Pc(
            InstallFailed("Update A (KB5000001)", 5),
            InstallFailed("Update B (KB5000002)", 4),
            InstallFailed("Update C (KB5000003)", 3),
            SearchFailed(2)));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        Assert.That(result.Summary.IndexOf("checking for updates", StringComparison.Ordinal), Is.LessThan(result.Summary.IndexOf("KB5000003", StringComparison.Ordinal)));
        ResultAssert.SummaryContains(result, "and 1 more");
        Assert.That(result.Summary, Does.Not.Contain("KB5000001"));
        ResultAssert.HasEvidence(result, "KB5000001.operation", "install");
    }

    [Test]
    public async Task Without_the_channel_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => RunAsync(CheckHarness.EmptyPc));
    }

}
