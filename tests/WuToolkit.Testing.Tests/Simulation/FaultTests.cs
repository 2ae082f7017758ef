using WuToolkit.Abstractions.Machine;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

public class FaultTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task A_service_that_will_not_stop_keeps_running_and_says_why()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.ServiceWontStop("UsoSvc", "UsoSvc is held by MoUsoCoreWorker.exe (PID 4711)"));

        var (_, outcome) = await RunAsync(pc, Stop("usosvc"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(outcome.Message, Is.EqualTo("UsoSvc is held by MoUsoCoreWorker.exe (PID 4711)"));
        Assert.That((await pc.Services.GetAsync("UsoSvc", None))!.State, Is.EqualTo(ServiceState.Running));
    }

    [Test]
    public async Task A_service_that_will_not_start_fails_its_start_and_the_undo_of_its_stop()
    {
        var pc = new SimulatedPc(UpdatePc);
        var (stopped, _) = await RunAsync(pc, Stop("BITS"));
        pc.Inject(Fault.ServiceWontStart("BITS"));

        var (_, started) = await RunAsync(pc, Start("BITS"));
        var undone = await pc.UndoAsync(stopped, None);

        Assert.That(started.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(undone.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(undone.Message, Does.Contain("BITS").And.Contain("did not start"));
        Assert.That((await pc.Services.GetAsync("BITS", None))!.State, Is.EqualTo(ServiceState.Stopped));
    }

    [Test]
    public async Task A_rename_that_fails_leaves_the_folder_where_it_is()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.RenameFails(Catroot2, "Access is denied."));

        var (_, outcome) = await RunAsync(pc, Rename(Catroot2, "catroot2.bak"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(outcome.Message, Is.EqualTo("Access is denied."));
        Assert.That((await pc.Storage.GetPathAsync(Catroot2, None)).Exists, Is.True);
        Assert.That(pc.State.Paths.Select(path => path.Path), Does.Not.Contain(Catroot2 + ".bak"));
    }

    [Test]
    public async Task A_folder_in_use_cannot_be_renamed_until_its_service_is_stopped()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.FolderInUse(SoftwareDistribution, "wuauserv"));

        var (_, whileRunning) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));
        await RunAsync(pc, Stop("wuauserv"));
        var (_, afterStopping) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));

        Assert.That(whileRunning.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(whileRunning.Message, Does.Contain("in use by the service wuauserv"));
        Assert.That(afterStopping.Status, Is.EqualTo(StepStatus.Done));
    }

    [Test]
    public async Task Failing_at_an_operation_fails_that_one_whatever_it_is_and_changes_nothing()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.FailsAt(2));

        var (_, first) = await RunAsync(pc, Stop("UsoSvc"));
        var (_, second) = await RunAsync(pc, Stop("wuauserv"));
        var (_, third) = await RunAsync(pc, Stop("BITS"));

        Assert.That(new[] { first.Status, second.Status, third.Status }, Is.EqualTo(new[] { StepStatus.Done, StepStatus.Failed, StepStatus.Done }));
        Assert.That((await pc.Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Running));
        Assert.That(pc.History.Select(record => record.Number), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task Undoing_counts_as_an_operation_too()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.FailsAt(2));
        var (prepared, _) = await RunAsync(pc, Stop("UsoSvc"));

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(pc.History[1].IsUndo, Is.True);
    }

    [Test]
    public async Task A_crash_after_a_step_lets_it_take_effect_but_its_caller_never_hears_back()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.CrashesAfter(2));
        await RunAsync(pc, Stop("UsoSvc"));
        var prepared = await pc.PrepareAsync(Stop("wuauserv"), None);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => pc.ExecuteAsync(prepared, None));

        Assert.That(pc.IsDown, Is.True);
        Assert.That(pc.History[^1].Outcome.Status, Is.EqualTo(StepStatus.Done));
        await Assert.ThrowsAsync<SimulatedCrashException>(() => pc.Services.GetAsync("wuauserv", None));
        await Assert.ThrowsAsync<SimulatedCrashException>(() => pc.UndoAsync(prepared, None));
        await Assert.ThrowsAsync<SimulatedCrashException>(() => pc.PrepareAsync(Stop("BITS"), None));
    }

    [Test]
    public async Task After_a_restart_the_pc_is_as_the_crash_left_it_and_steps_run_again()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.CrashesAfter(1));
        var prepared = await pc.PrepareAsync(Stop("wuauserv"), None);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => pc.ExecuteAsync(prepared, None));

        pc.Restart();

        Assert.That((await pc.Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Stopped));
        Assert.That((await pc.UndoAsync(prepared, None)).Status, Is.EqualTo(StepStatus.Done));
        Assert.That((await pc.Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Running));
    }

    [Test]
    public async Task After_a_reboot_services_run_as_their_start_types_say()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.CrashesAfter(2));
        await RunAsync(pc, Stop("CryptSvc"));
        var prepared = await pc.PrepareAsync(Stop("wuauserv"), None);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => pc.ExecuteAsync(prepared, None));

        pc.Reboot();

        Assert.That(pc.IsDown, Is.False);
        Assert.That((await pc.Services.GetAsync("CryptSvc", None))!.State, Is.EqualTo(ServiceState.Running), "Automatic");
        Assert.That((await pc.Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Stopped), "Manual");
    }

    [Test]
    public void Operations_are_counted_from_one()
    {
        Assert.That(() => Fault.FailsAt(0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => Fault.CrashesAfter(0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
