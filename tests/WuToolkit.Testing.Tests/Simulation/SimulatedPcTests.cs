using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

/// <summary>Before any step, a simulated PC is the PC it was made from; its state is what steps can change.</summary>
public class SimulatedPcTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task It_answers_what_steps_do_not_change_as_the_pc_it_started_as()
    {
        var start = UpdatePc with
        {
            Os = new OsInfo { ProductName = "Windows 11 Pro", Version = "10.0.26100", Build = 26100, Architecture = "x64" },
            Events = [new EventRecordInfo { Channel = "Setup", Provider = "Microsoft-Windows-Servicing", EventId = 4 }],
        };
        var pc = new SimulatedPc(start);
        await RunAsync(pc, Stop("wuauserv"));

        Assert.That((await pc.System.GetOsAsync(None)).Build, Is.EqualTo(26100));
        Assert.That((await pc.EventLog.GetEventsAsync("Setup", 10, None)).Single().EventId, Is.EqualTo(4));
        Assert.That(await pc.Clock.GetUtcNowAsync(None), Is.EqualTo(TestPc.DefaultNow));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => pc.System.GetFirmwareAsync(None));
    }

    [Test]
    public async Task Its_snapshot_is_the_pc_as_the_steps_left_it()
    {
        var pc = new SimulatedPc(UpdatePc);
        await RunAsync(pc, Stop("wuauserv"));

        var replayed = new SnapshotMachine(pc.ToSnapshot());

        Assert.That((await replayed.Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Stopped));
    }

    [Test]
    public void Its_state_lists_what_exists_and_nothing_has_run_yet()
    {
        var pc = new SimulatedPc(UpdatePc with { Paths = [.. UpdatePc.Paths!, Nothing(SoftwareDistribution + ".bak")] });

        var state = pc.State;

        Assert.That(pc.History, Is.Empty);
        Assert.That(state.Services, Has.Count.EqualTo(5));
        Assert.That(state.Paths.Select(path => path.Path), Is.EqualTo(new[] { SoftwareDistribution, Download, Catroot2 }));
        Assert.That(state.RegistryValues.Single().Name, Is.EqualTo("HiberbootEnabled"));
        Assert.That(state.RegistryKeys, Is.EqualTo(new[] { PowerKey }));
        Assert.That(state.Lines, Does.Contain("service wuauserv: Manual, Running"));
    }

    [Test]
    public async Task Two_states_differ_by_the_lines_that_changed()
    {
        var pc = new SimulatedPc(UpdatePc);
        var before = pc.State;

        await RunAsync(pc, Stop("wuauserv"));
        var after = pc.State;

        Assert.That(after, Is.Not.EqualTo(before));
        Assert.That(after.DifferencesFrom(before), Is.EqualTo(new[] { "- service wuauserv: Manual, Running", "+ service wuauserv: Manual, Stopped" }));
        Assert.That(pc.State, Is.EqualTo(after));
        Assert.That(pc.State.GetHashCode(), Is.EqualTo(after.GetHashCode()));
    }

    [Test]
    public void A_path_described_as_absent_and_one_never_described_are_the_same_state()
    {
        var described = new SimulatedPc(TestPc.Empty with { Paths = [Nothing(SoftwareDistribution)] }).State;
        var silent = new SimulatedPc(TestPc.Empty).State;

        Assert.That(described, Is.EqualTo(silent));
    }

    [Test]
    public async Task It_starts_from_a_snapshot_as_well_as_from_code()
    {
        var pc = new SimulatedPc(TestPc.FromSnapshot(UpdatePc.ToSnapshot()));

        await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));

        Assert.That((await pc.Storage.GetPathAsync(Download, None)).Exists, Is.False);
        Assert.That(pc.State.Services, Has.Count.EqualTo(5));
    }
}
