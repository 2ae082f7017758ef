using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Health.Fixes.HealthPcs;

namespace WuToolkit.Plugins.Tests.Health.Fixes;

public class RestorePointFixTests
{
    private static RestorePointInfo Point(TimeSpan ago, string description = "Windows Modules Installer") =>
        new() { CreatedUtc = TestPc.DefaultNow - ago, Description = description };

    private static TestPc Pc(bool? protection, params RestorePointInfo[] points) =>
        TestPc.Empty with { Os = Windows10Pro, RestorePoints = new RestoreInfo { ProtectionEnabled = protection, Points = points } };

    [Test]
    public async Task With_protection_on_the_plan_creates_one_restore_point()
    {
        var plan = await FixTester.PlanAsync(new RestorePointFix(), Pc(true, Point(TimeSpan.FromDays(40))));

        var step = plan.Steps.Single() as CreateRestorePointStep;
        Assert.That(step, Is.Not.Null);
        Assert.That(step!.Description, Is.EqualTo("wutk: before repairs"));
        Assert.That(step.Reason, Does.Contain("safety net"));
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(plan.Notes, Is.Empty);
    }

    [Test]
    public async Task Applying_adds_the_restore_point_and_planning_alone_does_not()
    {
        var pc = new SimulatedPc(Pc(true));

        var plan = await FixTester.PlanAsync(new RestorePointFix(), pc);
        Assert.That((await pc.System.GetRestorePointsAsync(CancellationToken.None)).Points, Is.Empty);
        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        var points = (await pc.System.GetRestorePointsAsync(CancellationToken.None)).Points;
        Assert.That(points.Select(point => (point.Description, point.CreatedUtc)), Is.EqualTo(new[] { ("wutk: before repairs", TestPc.DefaultNow) }));
    }

    [Test]
    public async Task With_protection_off_the_plan_is_empty_and_says_how_to_turn_it_on()
    {
        var pc = new SimulatedPc(Pc(false));

        var plan = await FixTester.PlanAsync(new RestorePointFix(), pc);
        await FixTester.ApplyAsync(plan, pc);

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted.Single().Reason, Does.Contain("System Protection is off"));
        Assert.That(plan.Notes, Has.One.Contains("SystemPropertiesProtection.exe").And.Contains("Turn on system protection"));
        Assert.That(pc.History, Is.Empty);
    }

    [Test]
    public async Task A_point_less_than_a_day_old_is_mentioned_as_the_one_windows_may_keep()
    {
        var plan = await FixTester.PlanAsync(new RestorePointFix(), Pc(true, Point(TimeSpan.FromHours(5))));

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(plan.Notes, Has.One.Contains("2026-11-20 04:00 UTC").And.Contains("at most one a day"));
    }

    [Test]
    public async Task Unknown_protection_is_planned_with_a_note()
    {
        var plan = await FixTester.PlanAsync(new RestorePointFix(), Pc(null));

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(plan.Notes, Has.One.Contains("not known"));
    }

    [Test]
    public async Task A_managed_pc_and_a_healthy_arm64_home_pc_get_the_same_plan()
    {
        var managed = await FixTester.PlanAsync(new RestorePointFix(), Pc(true), context => context with { ManagedBy = ["MDM"] });
        var home = await FixTester.PlanAsync(new RestorePointFix(), Pc(true, Point(TimeSpan.FromDays(3))) with { Os = Windows11Home24H2 });

        Assert.That(managed.Steps.Single(), Is.TypeOf<CreateRestorePointStep>());
        Assert.That(home.Steps.Single(), Is.TypeOf<CreateRestorePointStep>());
    }

    [Test]
    public async Task Is_proven_safe_with_protection_on()
    {
        var proof = await FixTester.ProveSafeAsync(new RestorePointFix(), Pc(true, Point(TimeSpan.FromDays(40))));

        var points = (await proof.AppliedPc.System.GetRestorePointsAsync(CancellationToken.None)).Points;
        Assert.That(points.Select(point => point.Description), Does.Contain("wutk: before repairs"));
    }
}
