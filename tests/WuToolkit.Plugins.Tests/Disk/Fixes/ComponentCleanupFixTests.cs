using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Disk.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Disk.Fixes;

public class ComponentCleanupFixTests
{
    private static readonly TestPc FullDisk = TestPc.Empty with
    {
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 64 * TestPc.GB, FreeBytes = 2 * TestPc.GB },
        Paths = [Absent(WindowsPaths.PendingXml)],
    };

    [Test]
    public async Task Runs_dism_component_cleanup_as_a_long_irreversible_step_and_never_resets_the_base()
    {
        var plan = await FixTester.PlanAsync(new ComponentCleanupFix(), FullDisk);

        var step = (RunProgramStep)plan.Steps.Single();
        Assert.That(step.Program, Is.EqualTo(@"%SystemRoot%\System32\Dism.exe"));
        Assert.That(step.Arguments, Is.EqualTo(new[] { "/Online", "/Cleanup-Image", "/StartComponentCleanup" }));
        Assert.That(step.Arguments, Has.None.EqualTo("/ResetBase").IgnoreCase);
        Assert.That(step.LongRunning, Is.True);
        Assert.That(step.Timeout, Is.GreaterThan(TimeSpan.FromMinutes(10)));
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(step.Reason, Does.Contain("cannot be undone"));
        Assert.That(plan.Notes, Is.Empty);
    }

    [Test]
    public async Task A_pc_waiting_for_a_restart_is_told_to_restart_first()
    {
        var plan = await FixTester.PlanAsync(new ComponentCleanupFix(), FullDisk with { Paths = [File(WindowsPaths.PendingXml)] });

        Assert.That(plan.Notes, Has.One.Contains("pending.xml").And.Contains("restart"));
    }

    [Test]
    public async Task A_pc_with_room_to_spare_asked_for_the_cleanup_gets_it_and_one_that_cannot_say_about_restarts_is_not_warned()
    {
        var roomy = FullDisk with { SystemVolume = FullDisk.SystemVolume! with { FreeBytes = 40 * TestPc.GB } };
        var unknown = TestPc.Empty;

        var plan = await FixTester.PlanAsync(new ComponentCleanupFix(), roomy);
        var snapshot = await FixTester.PlanAsync(new ComponentCleanupFix(), unknown);

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(snapshot.Steps, Has.Count.EqualTo(1));
        Assert.That(snapshot.Notes, Is.Empty);
    }

    [Test]
    public async Task Planning_only_asks_and_applying_runs_dism()
    {
        var pc = new SimulatedPc(FullDisk);
        var plan = await PlanWithoutChangeAsync(new ComponentCleanupFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Single().Arguments, Is.EqualTo(new[] { "/Online", "/Cleanup-Image", "/StartComponentCleanup" }));
    }

    [Test]
    public async Task Dism_refusing_the_cleanup_fails_the_step()
    {
        // CBS_E_PENDING: servicing waits for a restart.
        var pc = new SimulatedPc(FullDisk, Fault.ProgramExits("Dism.exe", unchecked((int)0x800F0806)));
        var plan = await FixTester.PlanAsync(new ComponentCleanupFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Failed));
    }

    [Test]
    public async Task Passes_the_safety_battery()
    {
        var proof = await FixTester.ProveSafeAsync(new ComponentCleanupFix(), FullDisk);

        Assert.That(proof.AppliedPc.ProgramsRun.Select(run => run.Program), Has.All.EqualTo(@"%SystemRoot%\System32\Dism.exe"));
    }
}
