using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Health.Fixes.HealthPcs;

namespace WuToolkit.Plugins.Tests.Health.Fixes;

public class SystemFileCheckFixTests
{
    private static readonly RunProgramStep Sfc = new() { Program = @"%SystemRoot%\System32\sfc.exe", Arguments = ["/scannow"] };

    private static TestPc Store(ComponentStoreVerdict verdict) => TestPc.Empty with
    {
        Os = Windows10Pro,
        ComponentStore = new Dictionary<ComponentStoreScan, ComponentStoreState>
        {
            [ComponentStoreScan.LastKnown] = new() { Verdict = verdict, Source = "CBS.log", ScannedUtc = TestPc.DefaultNow.AddDays(-1) },
        },
    };

    [Test]
    public async Task The_plan_is_one_long_irreversible_sfc_scan()
    {
        var plan = await FixTester.PlanAsync(new SystemFileCheckFix(), Store(ComponentStoreVerdict.Healthy));

        PlanAssert.Contains(plan, Sfc);
        var step = (RunProgramStep)plan.Steps.Single();
        Assert.That(step.LongRunning, Is.True);
        Assert.That(step.Timeout, Is.GreaterThanOrEqualTo(TimeSpan.FromHours(1)), "sfc takes longer than the host's ten-minute default");
        Assert.That(step.Reason, Does.Contain("cannot be undone"));
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(plan.Notes, Has.One.Contains("CBS.log"));
    }

    [TestCase(ComponentStoreVerdict.Repairable)]
    [TestCase(ComponentStoreVerdict.NotRepairable)]
    public async Task A_damaged_component_store_is_to_be_repaired_first(ComponentStoreVerdict verdict)
    {
        var plan = await FixTester.PlanAsync(new SystemFileCheckFix(), Store(verdict));

        Assert.That(plan.Notes, Has.One.Contains("health.restore-health first"));
        PlanAssert.Contains(plan, Sfc);
    }

    [Test]
    public async Task Without_a_verdict_on_record_the_scan_is_planned_without_advice()
    {
        var plan = await FixTester.PlanAsync(new SystemFileCheckFix(), TestPc.Empty with { Os = Windows10Pro });

        PlanAssert.Contains(plan, Sfc);
        Assert.That(plan.Notes, Has.None.Contains("restore-health"));
    }

    [Test]
    public async Task Planning_changes_nothing_and_applying_runs_sfc()
    {
        var pc = new SimulatedPc(Store(ComponentStoreVerdict.Repairable));
        var before = pc.State;

        var plan = await FixTester.PlanAsync(new SystemFileCheckFix(), pc);
        Assert.That(pc.History, Is.Empty);
        var outcomes = await FixTester.ApplyAsync(plan, pc);

        StateAssert.AreEqual(before, pc.State);
        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Single().Arguments, Is.EqualTo(new[] { "/scannow" }));
    }

    [Test]
    public async Task A_managed_or_healthy_arm64_home_pc_gets_the_same_scan()
    {
        var healthyHome = Store(ComponentStoreVerdict.Healthy) with { Os = Windows10HomeArm };

        var managed = await FixTester.PlanAsync(new SystemFileCheckFix(), Store(ComponentStoreVerdict.Healthy), context => context with { ManagedBy = ["Configuration Manager"] });
        var home = await FixTester.PlanAsync(new SystemFileCheckFix(), healthyHome);

        PlanAssert.Contains(managed, Sfc);
        PlanAssert.Contains(home, Sfc);
        Assert.That(managed.Omitted, Is.Empty);
    }

    [Test]
    public async Task Is_proven_safe_on_a_pc_with_a_damaged_store()
    {
        var proof = await FixTester.ProveSafeAsync(new SystemFileCheckFix(), Store(ComponentStoreVerdict.Repairable));

        StateAssert.AreEqual(proof.Before, proof.After);
        Assert.That(proof.AppliedPc.ProgramsRun.Single().Program, Is.EqualTo(@"%SystemRoot%\System32\sfc.exe"));
    }
}
