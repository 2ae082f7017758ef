using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Network.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Network.Fixes;

public class ResetWinsockFixTests
{
    [Test]
    public async Task Resets_winsock_irreversibly_and_says_a_restart_is_needed()
    {
        var plan = await FixTester.PlanAsync(new ResetWinsockFix(), TestPc.Empty);

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        PlanAssert.Contains(plan, new RunProgramStep { Program = @"%SystemRoot%\System32\netsh.exe", Arguments = ["winsock", "reset"] });
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(plan.Steps[0].Reason, Does.Contain("cannot be undone"));
        Assert.That(plan.Notes, Has.One.Contains("restart"));
        Assert.That(plan.Notes, Has.One.Contains("layered providers"));
    }

    [Test]
    public async Task Planning_only_asks_and_applying_runs_netsh()
    {
        var pc = new SimulatedPc(TestPc.Empty);
        var plan = await PlanWithoutChangeAsync(new ResetWinsockFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Single().Arguments, Is.EqualTo(new[] { "winsock", "reset" }));
    }

    [Test]
    public async Task A_failing_netsh_fails_the_step()
    {
        var pc = new SimulatedPc(TestPc.Empty, Fault.ProgramExits("netsh.exe", 1));
        var plan = await FixTester.PlanAsync(new ResetWinsockFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Failed));
    }

    [Test]
    public async Task Passes_the_safety_battery()
    {
        var proof = await FixTester.ProveSafeAsync(new ResetWinsockFix(), TestPc.Empty);

        Assert.That(proof.Operations, Is.EqualTo(1));
    }
}
