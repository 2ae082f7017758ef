using WuToolkit.Abstractions.Machine;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

public class ServiceStepTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Stopping_a_service_changes_what_the_machine_answers_for_it_and_in_the_list()
    {
        var pc = new SimulatedPc(UpdatePc);

        var (prepared, outcome) = await RunAsync(pc, Stop("wuauserv"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(prepared.ServiceState, Is.EqualTo(ServiceState.Running));
        Assert.That((await pc.Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Stopped));
        Assert.That((await pc.Services.ListAsync(None)).Single(service => service.Name == "wuauserv").State, Is.EqualTo(ServiceState.Stopped));
        Assert.That((await pc.Services.GetAsync("BITS", None))!.State, Is.EqualTo(ServiceState.Running));
    }

    [Test]
    public async Task Undoing_a_stop_starts_the_service_again_and_undoing_twice_changes_nothing()
    {
        var pc = new SimulatedPc(UpdatePc);
        var (prepared, _) = await RunAsync(pc, Stop("wuauserv"));

        var undone = await pc.UndoAsync(prepared, None);
        var again = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(again.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That((await pc.Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Running));
    }

    [Test]
    public async Task Undoing_a_stop_that_never_ran_leaves_the_service_alone()
    {
        var pc = new SimulatedPc(UpdatePc);
        var prepared = await pc.PrepareAsync(Stop("wuauserv"), None);

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(pc.History.Single().IsUndo, Is.True);
    }

    [Test]
    public async Task A_service_already_stopped_or_absent_is_unchanged_not_an_error()
    {
        var pc = new SimulatedPc(UpdatePc with { Services = [Stopped("wuauserv")], ServicesComplete = true });

        var (_, stopped) = await RunAsync(pc, Stop("wuauserv"));
        var (_, absent) = await RunAsync(pc, Stop("UsoSvc"));

        Assert.That(stopped.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(absent.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(absent.Message, Does.Contain("UsoSvc").And.Contain("does not exist"));
    }

    [Test]
    public async Task A_disabled_service_does_not_start_until_its_start_type_is_set()
    {
        var pc = new SimulatedPc(TestPc.Empty with { Services = [Stopped("wuauserv", ServiceStartType.Disabled)] });

        var (_, refused) = await RunAsync(pc, Start("wuauserv"));
        var (startType, set) = await RunAsync(pc, StartType("wuauserv", ServiceStartType.Manual));
        var (_, started) = await RunAsync(pc, Start("wuauserv"));

        Assert.That(refused.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(refused.Message, Does.Contain("disabled"));
        Assert.That(set.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(startType.StartType, Is.EqualTo(ServiceStartType.Disabled));
        Assert.That(started.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(await pc.Services.GetAsync("wuauserv", None), Has.Property(nameof(ServiceInfo.State)).EqualTo(ServiceState.Running)
            .And.Property(nameof(ServiceInfo.StartType)).EqualTo(ServiceStartType.Manual));
    }

    [Test]
    public async Task Undoing_a_start_type_restores_the_one_before()
    {
        var pc = new SimulatedPc(TestPc.Empty with { Services = [Stopped("wuauserv", ServiceStartType.Disabled)] });
        var (prepared, _) = await RunAsync(pc, StartType("wuauserv", ServiceStartType.Manual));

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Done));
        Assert.That((await pc.Services.GetAsync("wuauserv", None))!.StartType, Is.EqualTo(ServiceStartType.Disabled));
    }

    [Test]
    public async Task Undoing_a_start_stops_the_service_again()
    {
        var pc = new SimulatedPc(TestPc.Empty with { Services = [Stopped("BITS")] });
        var (prepared, _) = await RunAsync(pc, Start("BITS"));

        await pc.UndoAsync(prepared, None);

        Assert.That((await pc.Services.GetAsync("BITS", None))!.State, Is.EqualTo(ServiceState.Stopped));
    }

    [Test]
    public async Task A_service_the_pc_was_never_told_about_is_a_mistake_in_the_test_that_names_what_to_set()
    {
        var pc = new SimulatedPc(TestPc.Empty with { Services = [Running("wuauserv")] });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => pc.PrepareAsync(Stop("UsoSvc"), None));

        Assert.That(ex!.Message, Does.Contain("UsoSvc").And.Contain("TestPc.Services").And.Contain("AbsentServices"));
    }
}
