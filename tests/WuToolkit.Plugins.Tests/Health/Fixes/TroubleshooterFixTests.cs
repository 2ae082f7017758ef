using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Health.Fixes.HealthPcs;

namespace WuToolkit.Plugins.Tests.Health.Fixes;

public class TroubleshooterFixTests
{
    private static readonly RunProgramStep Troubleshooter = new() { Program = @"%SystemRoot%\System32\msdt.exe", Arguments = ["-id", "WindowsUpdateDiagnostic"] };

    private static TestPc Pc(string product, int build, string architecture = "x64") =>
        TestPc.Empty with { Os = new OsInfo { ProductName = product, Version = $"10.0.{build}", Build = build, Architecture = architecture } };

    [TestCase("Windows 10 Pro", 19045)]
    [TestCase("Windows 10 Enterprise LTSC 2019", 17763)]
    [TestCase("Windows 11 Pro", 22000)]
    [TestCase("Windows Server 2022 Standard", 20348)]
    public async Task Where_msdt_remains_the_troubleshooter_is_started(string product, int build)
    {
        var plan = await FixTester.PlanAsync(new TroubleshooterFix(), Pc(product, build));

        PlanAssert.Contains(plan, Troubleshooter);
        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(plan.Steps[0].Reason, Does.Contain("cannot be undone"));
        Assert.That(plan.Omitted, Is.Empty);
    }

    [TestCase("Windows 11 Pro", 22621)]
    [TestCase("Windows 11 Pro", 22631)]
    [TestCase("Windows 11 Home", 26100)]
    [TestCase("Windows Server 2025 Standard", 26100)]
    public async Task Where_msdt_was_retired_the_plan_is_empty_and_points_to_get_help(string product, int build)
    {
        var plan = await FixTester.PlanAsync(new TroubleshooterFix(), Pc(product, build));

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted.Single().Description, Does.Contain("WindowsUpdateDiagnostic"));
        Assert.That(plan.Omitted.Single().Reason, Does.Contain($"build {build}").And.Contain("retired"));
        Assert.That(plan.Notes, Has.One.Contains("Get Help").And.Contains("Other troubleshooters"));
    }

    [Test]
    public async Task Planning_changes_nothing_and_applying_opens_the_troubleshooter()
    {
        var pc = new SimulatedPc(Pc("Windows 10 Pro", 19045));
        var before = pc.State;

        var plan = await FixTester.PlanAsync(new TroubleshooterFix(), pc);
        Assert.That(pc.History, Is.Empty);
        var outcomes = await FixTester.ApplyAsync(plan, pc);

        StateAssert.AreEqual(before, pc.State);
        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Single().Arguments, Is.EqualTo(new[] { "-id", "WindowsUpdateDiagnostic" }));
    }

    [Test]
    public async Task A_managed_pc_and_an_arm64_home_pc_are_judged_by_their_build_alone()
    {
        var managed = await FixTester.PlanAsync(new TroubleshooterFix(), Pc("Windows 10 Enterprise", 19045), context => context with { ManagedBy = ["WSUS"] });
        var armHome = await FixTester.PlanAsync(new TroubleshooterFix(), TestPc.Empty with { Os = Windows10HomeArm });
        var armHome11 = await FixTester.PlanAsync(new TroubleshooterFix(), TestPc.Empty with { Os = Windows11Home24H2 });

        PlanAssert.Contains(managed, Troubleshooter);
        PlanAssert.Contains(armHome, Troubleshooter);
        PlanAssert.IsEmpty(armHome11);
    }

    [Test]
    public async Task Is_proven_safe_where_the_troubleshooter_remains()
    {
        var proof = await FixTester.ProveSafeAsync(new TroubleshooterFix(), Pc("Windows 10 Pro", 19045));

        Assert.That(proof.Operations, Is.EqualTo(1));
        StateAssert.AreEqual(proof.Before, proof.After);
    }
}
