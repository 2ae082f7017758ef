using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

public class ComponentStoreCheckTests
{
    private static readonly DateTimeOffset Scanned = new(2026, 11, 2, 14, 30, 0, TimeSpan.Zero);

    private static ComponentStoreState State(ComponentStoreVerdict verdict, string source = "CBS.log", string? detail = null) =>
        new() { Verdict = verdict, Source = source, ScannedUtc = Scanned, Detail = detail };

    private static TestPc Pc(ComponentStoreState lastKnown, ComponentStoreState? scan = null) => CheckHarness.EmptyPc with
    {
        ComponentStore = scan is null
            ? new Dictionary<ComponentStoreScan, ComponentStoreState> { [ComponentStoreScan.LastKnown] = lastKnown }
            : new Dictionary<ComponentStoreScan, ComponentStoreState> { [ComponentStoreScan.LastKnown] = lastKnown, [ComponentStoreScan.ScanHealth] = scan },
    };

    [Test]
    public async Task A_healthy_store_on_record_passes()
    {
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(State(ComponentStoreVerdict.Healthy)));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "healthy (CBS.log, 2026-11-02)");
        ResultAssert.HasEvidence(result, "lastKnown.verdict", "Healthy");
        ResultAssert.HasEvidence(result, "lastKnown.scanned", "2026-11-02 14:30 UTC");
    }

    [Test]
    public async Task A_repair_says_what_was_repaired()
    {
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(State(ComponentStoreVerdict.Repaired, detail: "3 corruptions repaired (CSI Payload Corrupt)")));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "repaired (CBS.log, 2026-11-02): 3 corruptions repaired (CSI Payload Corrupt)");
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task Repairable_corruption_fails_with_RestoreHealth()
    {
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(State(ComponentStoreVerdict.Repairable)));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "RestoreHealth");
        Assert.That(result.FixIds, Is.EqualTo(new[] { "health.restore-health", "health.sfc" }));
    }

    [Test]
    public async Task Corruption_Windows_could_not_repair_fails_with_advice_on_a_repair_source()
    {
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(State(ComponentStoreVerdict.NotRepairable, detail: "0x800f081f")));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "/Source:wim:");
        ResultAssert.SummaryContains(result, "same build and language");
        ResultAssert.NamesFix(result, "health.restore-health");
        ResultAssert.HasEvidence(result, "lastKnown.detail", "0x800f081f");
    }

    [Test]
    public async Task No_scan_on_record_passes_and_suggests_a_deep_run()
    {
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(new ComponentStoreState { Verdict = ComponentStoreVerdict.Unknown, Source = "CBS.log" }));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "No component store scan on record");
        ResultAssert.SummaryContains(result, "--deep");
    }

    [Test]
    public async Task Without_deep_checks_no_scan_is_asked_for()
    {
        // The snapshot has a scan that says corrupted; an ordinary run must not ask for it (it takes minutes live).
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(State(ComponentStoreVerdict.Healthy), State(ComponentStoreVerdict.Repairable, "DISM /ScanHealth")));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        Assert.That(result.Evidence.Select(e => e.Key), Has.None.StartsWith("scanHealth"));
    }

    [Test]
    public async Task With_deep_checks_the_new_scan_wins()
    {
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(State(ComponentStoreVerdict.Healthy), State(ComponentStoreVerdict.Repairable, "DISM /ScanHealth")), deep: true);

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "DISM /ScanHealth");
        ResultAssert.HasEvidence(result, "lastKnown.verdict", "Healthy");
        ResultAssert.HasEvidence(result, "scanHealth.verdict", "Repairable");
    }

    [Test]
    public async Task With_deep_checks_a_scan_that_cannot_run_leaves_the_verdict_on_record()
    {
        var result = await HealthRunner.RunAsync(new ComponentStoreCheck(), Pc(State(ComponentStoreVerdict.Repairable)), deep: true);

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.HasEvidence(result, "scanHealth", "not available");
    }

    [Test]
    public async Task Without_the_verdict_on_record_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => HealthRunner.RunAsync(new ComponentStoreCheck(), CheckHarness.EmptyPc));
    }
}
