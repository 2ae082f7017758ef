using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Fixing.Tests.Pcs;

namespace WuToolkit.Fixing.Tests;

/// <summary>The engine applies a plan step by step through the machine's executor, rolls back what ran when a step
/// fails, and says exactly what it restored.</summary>
public class ApplyTests
{
    private static Task<FixRun> ApplyAsync(FixPlan plan, SimulatedPc pc, IJournalStore? store = null, IProgress<FixProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new FixEngine(store ?? new MemoryJournalStore()).ApplyAsync(new FixRequest { FixId = "cache.reset-download", Plan = plan }, pc, progress, cancellationToken);

    [Test]
    public async Task A_plan_that_works_is_applied_and_journaled_from_beginning_to_end()
    {
        var pc = NewPc();
        var store = new MemoryJournalStore();

        var run = await ApplyAsync(ResetDownloadCache, pc, store);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.Applied), run.Message);
        Assert.That(run.Steps.Select(step => step.Run), Is.All.EqualTo(StepRunState.Done));
        Assert.That(pc.State.Paths.Select(path => path.Path), Does.Contain(SoftwareDistribution + ".bak").And.Contain(Catroot2 + ".bak"));
        var journal = await new JournalBook(store).ReadAsync(run.JournalId!, CancellationToken.None);
        Assert.That(journal.State, Is.EqualTo(JournalState.Applied));
        Assert.That(journal.FixId, Is.EqualTo("cache.reset-download"));
        Assert.That(journal.Steps.Select(step => step.Prepared), Is.All.Not.Null);
        Assert.That(journal.MovedAside.Select(step => step.Prepared!.MoveTo), Is.EquivalentTo(new[] { SoftwareDistribution + ".bak", Catroot2 + ".bak" }));
    }

    [Test]
    public async Task A_plan_with_every_kind_of_step_is_applied()
    {
        var pc = NewPc();

        var run = await ApplyAsync(EveryKind, pc);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.Applied), run.Message);
        Assert.That(pc.State.Services.Single(service => service.Name == "BITS").SecurityDescriptor, Is.EqualTo(BitsSddl));
        Assert.That(pc.ProgramsRun.Select(program => program.Program), Is.EqualTo(new[] { @"%SystemRoot%\System32\netsh.exe", "dism.exe" }));
    }

    [Test]
    public async Task A_failure_at_any_step_is_rolled_back_to_exactly_the_state_before_and_reported()
    {
        for (var operation = 1; operation <= ResetDownloadCache.Steps.Count; operation++)
        {
            var pc = NewPc(Fault.FailsAt(operation));
            var before = pc.State;

            var run = await ApplyAsync(ResetDownloadCache, pc);

            Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack), $"operation {operation}");
            Assert.That(run.FailedStep, Is.EqualTo(operation - 1));
            Assert.That(run.Steps.Skip(operation).Select(step => step.Run), Is.All.EqualTo(StepRunState.NotRun), "nothing after the failed step runs");
            Assert.That(run.Restored.Select(step => step.Index), Is.EquivalentTo(Enumerable.Range(0, operation - 1)), "every step that ran is restored");
            Assert.That(run.NotRestored, Is.Empty);
            StateAssert.AreEqual(before, pc.State);
        }
    }

    [Test]
    public async Task A_failure_at_any_step_of_a_plan_of_every_kind_is_rolled_back()
    {
        for (var operation = 1; operation <= EveryKind.Steps.Count; operation++)
        {
            var pc = NewPc(Fault.FailsAt(operation));
            var before = pc.State;

            var run = await ApplyAsync(EveryKind, pc);

            Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack), $"operation {operation}: {run.Message}");
            StateAssert.AreEqual(before, pc.State);
        }
    }

    [Test]
    public async Task A_service_that_will_not_stop_stops_the_plan_there_and_the_services_run_again()
    {
        var pc = NewPc(Fault.ServiceWontStop("BITS", "BITS is held by the process svchost.exe (1234)"));
        var before = pc.State;

        var run = await ApplyAsync(ResetDownloadCache, pc);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack));
        Assert.That(run.FailedStep, Is.EqualTo(3));
        Assert.That(run.Message, Does.Contain("svchost.exe"), "what holds the service is reported");
        Assert.That(pc.History.Where(record => !record.IsUndo).Select(record => record.Step).ToList(), Has.Count.EqualTo(4), "nothing after the failed stop runs");
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_service_this_windows_does_not_have_is_skipped_not_an_error()
    {
        var pc = new SimulatedPc(UpdatePc with { Services = [.. UpdatePc.Services!.Where(service => service.Name != "UsoSvc")] }, WindowsFaults);

        var run = await ApplyAsync(ResetDownloadCache, pc);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.Applied), run.Message);
        Assert.That(run.Steps[0].Run, Is.EqualTo(StepRunState.Unchanged));
    }

    [Test]
    public async Task Renames_never_overwrite_a_second_run_gets_a_unique_suffix()
    {
        var pc = NewPc();
        await ApplyAsync(ResetDownloadCache, pc);
        await FixTester.ApplyAsync(new FixPlan { Steps = [new CreateFolderStep { Path = SoftwareDistribution }, new CreateFolderStep { Path = Catroot2 }] }, pc);
        var firstBackup = pc.State.Paths.Single(path => path.Path == SoftwareDistribution + ".bak");

        var second = await ApplyAsync(ResetDownloadCache, pc);

        Assert.That(second.Status, Is.EqualTo(FixRunStatus.Applied), second.Message);
        Assert.That(second.Steps[5].Prepared!.MoveTo, Is.EqualTo(SoftwareDistribution + ".bak.1"));
        Assert.That(pc.State.Paths, Does.Contain(firstBackup), "the first backup is untouched");
    }

    [Test]
    public async Task A_step_that_cannot_be_undone_is_reported_as_left_as_it_is_and_the_rest_is_rolled_back()
    {
        var sfc = new RunProgramStep { Program = "sfc.exe", Arguments = ["/scannow"], LongRunning = true };
        var plan = new FixPlan { Steps = [Stop("wuauserv"), sfc, Start("wuauserv"), Stop("BITS")] };
        var pc = NewPc(Fault.ServiceWontStop("BITS"));
        var before = pc.State;

        var run = await ApplyAsync(plan, pc);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack));
        Assert.That(run.NotReversible.Select(step => step.Step), Is.EqualTo(new[] { sfc }));
        Assert.That(pc.ProgramsRun, Has.Count.EqualTo(1), "the program ran once and was not run again");
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_program_that_hangs_is_stopped_at_its_timeout_and_the_plan_rolled_back()
    {
        var plan = new FixPlan
        {
            Steps = [Stop("wuauserv"), new RunProgramStep { Program = "dism.exe", Arguments = ["/Online"], Timeout = TimeSpan.FromMilliseconds(200) }],
        };
        var pc = NewPc(Fault.ProgramHangs("dism.exe"));
        var before = pc.State;

        var run = await ApplyAsync(plan, pc);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack));
        Assert.That(run.Steps[1].Run, Is.EqualTo(StepRunState.Failed));
        Assert.That(run.Message, Does.Contain("00:00:00.2"));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_program_that_exits_with_a_code_it_does_not_list_fails_and_one_it_lists_succeeds()
    {
        var listed = new FixPlan { Steps = [new RunProgramStep { Program = "cleanmgr.exe", SuccessExitCodes = [0, 3010] }] };
        var pc = NewPc(Fault.ProgramExits("cleanmgr.exe", 3010));

        Assert.That((await ApplyAsync(listed, pc)).Status, Is.EqualTo(FixRunStatus.Applied));

        var failing = NewPc(Fault.ProgramExits("cleanmgr.exe", 5));
        var run = await ApplyAsync(listed, failing);
        Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack));
        Assert.That(run.Steps[0].ExitCode, Is.EqualTo(5));
    }

    [Test]
    public async Task Cancelling_between_steps_rolls_back_what_ran()
    {
        var pc = NewPc();
        var before = pc.State;
        using var cancel = new CancellationTokenSource();
        var progress = new Inline(report =>
        {
            if (report is { Phase: FixPhase.Applying, Index: 2, Ended: true })
            {
                cancel.Cancel();
            }
        });

        var run = await ApplyAsync(ResetDownloadCache, pc, progress: progress, cancellationToken: cancel.Token);

        Assert.That(run.Cancelled, Is.True);
        Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack));
        Assert.That(run.Restored, Has.Count.EqualTo(3));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_rollback_that_cannot_restore_a_step_says_which_and_leaves_it_for_undo()
    {
        var pc = NewPc(Fault.ServiceWontStart("UsoSvc"), Fault.ServiceWontStop("BITS"));

        var run = await ApplyAsync(ResetDownloadCache, pc);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.RollbackIncomplete));
        Assert.That(run.NotRestored.Select(step => step.Step), Is.EqualTo(new[] { Stop("UsoSvc") }));
        Assert.That(run.Restored.Select(step => step.Step), Is.EquivalentTo(new[] { Stop("DoSvc"), Stop("wuauserv") }));
    }

    [Test]
    public async Task An_empty_plan_is_nothing_to_do_and_writes_no_journal()
    {
        var store = new MemoryJournalStore();

        var run = await ApplyAsync(FixPlan.Nothing, NewPc(), store);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.NothingToDo));
        Assert.That(await store.ListAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task A_journal_that_cannot_be_written_before_a_step_keeps_the_step_from_running()
    {
        var pc = NewPc();
        var before = pc.State;
        var store = new FailingAfter(new MemoryJournalStore(), appends: 6);

        var run = await ApplyAsync(ResetDownloadCache, pc, store);

        Assert.That(run.Status, Is.Not.EqualTo(FixRunStatus.Applied));
        Assert.That(pc.History.Count(record => !record.IsUndo), Is.LessThanOrEqualTo(3), "no step runs without its line in the journal");
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_journal_that_cannot_be_created_stops_everything_before_anything_changes()
    {
        var pc = NewPc();
        var store = new MemoryJournalStore { FailWrites = true };

        await Assert.ThrowsAsync<IOException>(() => ApplyAsync(ResetDownloadCache, pc, store));
        Assert.That(pc.History, Is.Empty);
    }

    /// <summary>Reports synchronously, so the test sees each report before the next step (Progress&lt;T&gt; posts them).</summary>
    internal sealed class Inline(Action<FixProgress> report) : IProgress<FixProgress>
    {
        public void Report(FixProgress value) => report(value);
    }

    /// <summary>A store whose appends fail after a number of them, as a disk that fills up.</summary>
    internal sealed class FailingAfter(IJournalStore inner, int appends) : IJournalStore
    {
        private int _appends;

        public Task CreateAsync(string id, CancellationToken cancellationToken) => inner.CreateAsync(id, cancellationToken);

        public Task AppendAsync(string id, string line, CancellationToken cancellationToken) =>
            ++_appends > appends ? throw new IOException("the disk is full") : inner.AppendAsync(id, line, cancellationToken);

        public Task<IReadOnlyList<string>> ReadLinesAsync(string id, CancellationToken cancellationToken) => inner.ReadLinesAsync(id, cancellationToken);

        public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public string Locate(string id) => inner.Locate(id);
    }
}
