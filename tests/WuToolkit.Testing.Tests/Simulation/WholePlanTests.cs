using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

/// <summary>
/// The download-cache reset as the fix engine will drive it, with the smallest engine that can: prepare each step and
/// keep it in a journal before running it, undo the journal in reverse when a step fails, and undo it after a restart
/// when the process died. Whatever goes wrong, and wherever, the PC ends as it was: what the engine's own tests will
/// demand of it, shown possible here.
/// </summary>
public class WholePlanTests
{
    private static readonly string[] Services = ["UsoSvc", "DoSvc", "wuauserv", "BITS", "CryptSvc"];

    private static readonly FixPlan ResetDownloadCache = new()
    {
        Steps =
        [
            .. Services.Select(Stop),
            Rename(SoftwareDistribution, "SoftwareDistribution.bak"),
            Rename(Catroot2, "catroot2.bak"),
            .. Services.Reverse().Select(Start),
        ],
    };

    // As on Windows: the folders cannot move while the services that hold them run.
    private static SimulatedPc NewPc(params Fault[] faults) =>
        new(UpdatePc, [Fault.FolderInUse(SoftwareDistribution, "wuauserv"), Fault.FolderInUse(Catroot2, "CryptSvc"), .. faults]);

    [Test]
    public async Task Applied_the_folders_are_moved_aside_and_the_services_run_again()
    {
        var pc = NewPc();

        var outcomes = await FixTester.ApplyAsync(ResetDownloadCache, pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Is.All.EqualTo(StepStatus.Done));
        Assert.That(pc.State.Services.Select(service => service.State), Is.All.EqualTo(ServiceState.Running));
        Assert.That(pc.State.Paths.Select(path => path.Path), Is.EquivalentTo(new[] { SoftwareDistribution + ".bak", SoftwareDistribution + @".bak\Download", Catroot2 + ".bak" }));
    }

    [Test]
    public async Task Stopping_in_the_wrong_order_is_what_fails_the_rename()
    {
        var pc = NewPc();
        var wrongOrder = new FixPlan { Steps = [Rename(SoftwareDistribution, "SoftwareDistribution.bak"), .. Services.Select(Stop)] };

        var outcomes = await FixTester.ApplyAsync(wrongOrder, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Failed));
    }

    [Test]
    public async Task A_failure_at_any_step_rolled_back_leaves_the_pc_exactly_as_before()
    {
        for (var step = 1; step <= ResetDownloadCache.Steps.Count; step++)
        {
            var pc = NewPc(Fault.FailsAt(step));
            var before = pc.State;

            var failed = await ApplyRollingBackAsync(pc, ResetDownloadCache);

            Assert.That(failed, Is.True, $"step {step}");
            StateAssert.AreEqual(before, pc.State);
        }
    }

    [Test]
    public async Task A_service_that_will_not_stop_half_way_is_rolled_back_to_the_services_running()
    {
        var pc = NewPc(Fault.ServiceWontStop("BITS"));
        var before = pc.State;

        Assert.That(await ApplyRollingBackAsync(pc, ResetDownloadCache), Is.True);

        StateAssert.AreEqual(before, pc.State);
        Assert.That(pc.History.Count(record => record.IsUndo && record.Outcome.Status == StepStatus.Done), Is.EqualTo(3), "UsoSvc, DoSvc and wuauserv started again");
    }

    [Test]
    public async Task A_crash_after_any_step_then_undoing_the_journal_after_a_restart_restores_the_pc()
    {
        for (var operations = 1; operations <= ResetDownloadCache.Steps.Count; operations++)
        {
            var pc = NewPc(Fault.CrashesAfter(operations));
            var before = pc.State;
            var journal = new List<PreparedStep>();

            await Assert.ThrowsAsync<SimulatedCrashException>(() => ApplyRollingBackAsync(pc, ResetDownloadCache, journal));
            pc.Restart();

            await UndoAsync(pc, journal);

            StateAssert.AreEqual(before, pc.State);
        }
    }

    [Test]
    public async Task A_second_run_after_a_first_works_and_keeps_the_first_backup()
    {
        var pc = NewPc();
        await FixTester.ApplyAsync(ResetDownloadCache, pc);
        await FixTester.ApplyAsync(new FixPlan { Steps = [Create(SoftwareDistribution), Create(Catroot2)] }, pc);

        var second = await FixTester.ApplyAsync(ResetDownloadCache, pc);

        Assert.That(second.Select(outcome => outcome.Status), Is.All.EqualTo(StepStatus.Done));
        Assert.That(pc.State.Paths.Select(path => path.Path), Does.Contain(SoftwareDistribution + ".bak").And.Contain(SoftwareDistribution + ".bak.1"));
    }

    /// <summary>Runs a plan journaling each prepared step first; on a failed step undoes the journal in reverse. True when it rolled back.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "An engine drives any executor, the simulated PC being one.")]
    private static async Task<bool> ApplyRollingBackAsync(IStepExecutor pc, FixPlan plan, List<PreparedStep>? journal = null)
    {
        journal ??= [];
        foreach (var step in plan.Steps)
        {
            var prepared = await pc.PrepareAsync(step, CancellationToken.None);
            journal.Add(prepared);
            if ((await pc.ExecuteAsync(prepared, CancellationToken.None)).Status == StepStatus.Failed)
            {
                await UndoAsync(pc, journal);
                return true;
            }
        }

        return false;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "An engine drives any executor, the simulated PC being one.")]
    private static async Task UndoAsync(IStepExecutor pc, List<PreparedStep> journal)
    {
        for (var index = journal.Count - 1; index >= 0; index--)
        {
            var outcome = await pc.UndoAsync(journal[index], CancellationToken.None);
            Assert.That(outcome.Status, Is.Not.EqualTo(StepStatus.Failed), outcome.Message);
        }
    }
}
