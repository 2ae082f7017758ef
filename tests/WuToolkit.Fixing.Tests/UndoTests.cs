using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Fixing.Tests.Pcs;

namespace WuToolkit.Fixing.Tests;

/// <summary>Undo from the journal: after a crash at any moment, later, twice, by name or the latest.</summary>
public class UndoTests
{
    private static Task<FixRun> ApplyAsync(FixEngine engine, FixPlan plan, SimulatedPc pc, string fixId = "cache.reset-download") =>
        engine.ApplyAsync(new FixRequest { FixId = fixId, Plan = plan }, pc, null, CancellationToken.None);

    [Test]
    public async Task A_crash_after_any_operation_then_undo_after_a_restart_restores_the_pc()
    {
        foreach (var plan in new[] { ResetDownloadCache, EveryKind })
        {
            for (var operation = 1; operation <= plan.Steps.Count; operation++)
            {
                var pc = NewPc(Fault.CrashesAfter(operation));
                var before = pc.State;
                var engine = new FixEngine(new MemoryJournalStore());

                var crashed = await ApplyAsync(engine, plan, pc);
                pc.Restart();
                var undone = await engine.UndoAsync(crashed.JournalId!, pc, null, CancellationToken.None);

                Assert.That(crashed.Status, Is.Not.EqualTo(FixRunStatus.Applied));
                Assert.That(undone.Succeeded, Is.True, $"operation {operation}: {undone.Status} {undone.Message}");
                StateAssert.AreEqual(before, pc.State);
            }
        }
    }

    [Test]
    public async Task A_journal_cut_off_mid_step_as_by_a_power_loss_is_interrupted_and_undone()
    {
        var pc = NewPc();
        var before = pc.State;
        var store = new MemoryJournalStore();
        var engine = new FixEngine(store);
        var applied = await ApplyAsync(engine, ResetDownloadCache, pc);

        // The same journal as if the process had died after step 6 started: its begin, and lines up to that prepare.
        var lines = await store.ReadLinesAsync(applied.JournalId!, CancellationToken.None);
        var cut = new MemoryJournalStore();
        await cut.CreateAsync("cut", CancellationToken.None);
        foreach (var line in lines.Take(1 + (5 * 2) + 1))
        {
            await cut.AppendAsync("cut", line, CancellationToken.None);
        }

        var journal = await new JournalBook(cut).ReadAsync("cut", CancellationToken.None);
        Assert.That(journal.State, Is.EqualTo(JournalState.Interrupted));
        Assert.That(journal.Steps[5].Run, Is.EqualTo(StepRunState.Interrupted));

        // Back to the moment of the cut: SoftwareDistribution moved (it did run), catroot2 not yet, services stopped.
        var partly = NewPc();
        await FixTester.ApplyAsync(new FixPlan { Steps = [.. ResetDownloadCache.Steps.Take(6)] }, partly);
        var undone = await new FixEngine(cut).UndoAsync("cut", partly, null, CancellationToken.None);

        Assert.That(undone.Status, Is.EqualTo(FixRunStatus.Undone), undone.Message);
        StateAssert.AreEqual(before, partly.State);
    }

    [Test]
    public async Task Undoing_an_applied_fix_restores_the_pc_and_undoing_again_changes_nothing()
    {
        var pc = NewPc();
        var before = pc.State;
        var engine = new FixEngine(new MemoryJournalStore());
        var applied = await ApplyAsync(engine, EveryKind, pc);

        var undone = await engine.UndoAsync(applied.JournalId!, pc, null, CancellationToken.None);
        var operations = pc.History.Count;
        var again = await engine.UndoAsync(applied.JournalId!, pc, null, CancellationToken.None);

        Assert.That(undone.Status, Is.EqualTo(FixRunStatus.Undone), undone.Message);
        StateAssert.AreEqual(before, pc.State);
        Assert.That(again.Status, Is.EqualTo(FixRunStatus.NothingToUndo));
        Assert.That(pc.History, Has.Count.EqualTo(operations), "a second undo touches nothing");
        Assert.That((await engine.Journals.ReadAsync(applied.JournalId!, CancellationToken.None)).State, Is.EqualTo(JournalState.Undone));
    }

    [Test]
    public async Task The_latest_journal_to_undo_is_the_newest_with_something_left_and_can_be_chosen_by_fix()
    {
        var pc = NewPc();
        var time = new SteppingTime();
        var engine = new FixEngine(new MemoryJournalStore(), time);
        var first = await ApplyAsync(engine, new FixPlan { Steps = [Stop("wuauserv")] }, pc, "services.first");
        var second = await ApplyAsync(engine, new FixPlan { Steps = [Stop("BITS")] }, pc, "services.second");

        Assert.That((await engine.Journals.LatestToUndoAsync(null, CancellationToken.None))!.Id, Is.EqualTo(second.JournalId));
        Assert.That((await engine.Journals.LatestToUndoAsync("services.first", CancellationToken.None))!.Id, Is.EqualTo(first.JournalId));

        await engine.UndoAsync(second.JournalId!, pc, null, CancellationToken.None);

        Assert.That((await engine.Journals.LatestToUndoAsync(null, CancellationToken.None))!.Id, Is.EqualTo(first.JournalId));
    }

    [Test]
    public async Task A_rollback_left_incomplete_is_finished_by_undo_once_the_pc_allows_it()
    {
        var pc = NewPc(Fault.ServiceWontStop("BITS"), Fault.FailsAt(6));
        var before = pc.State;
        var engine = new FixEngine(new MemoryJournalStore());

        // Stopping BITS fails (operation 4); undoing wuauserv (5) works; undoing DoSvc (6) fails; UsoSvc (7) works.
        var run = await ApplyAsync(engine, ResetDownloadCache, pc);
        Assert.That(run.Status, Is.EqualTo(FixRunStatus.RollbackIncomplete));
        Assert.That(run.NotRestored.Select(step => step.Step), Is.EqualTo(new[] { Stop("DoSvc") }));

        var undone = await engine.UndoAsync(run.JournalId!, pc, null, CancellationToken.None);

        Assert.That(undone.Status, Is.EqualTo(FixRunStatus.Undone), undone.Message);
        Assert.That(undone.Restored.Select(step => step.Step), Is.EqualTo(new[] { Stop("DoSvc") }));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task Undoing_a_journal_that_does_not_exist_says_so()
    {
        var engine = new FixEngine(new MemoryJournalStore());

        await Assert.ThrowsAsync<JournalNotFoundException>(() => engine.UndoAsync("nothing-here", NewPc(), null, CancellationToken.None));
    }

    /// <summary>A clock that moves a second each time it is read, so journals get distinct times.</summary>
    private sealed class SteppingTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now = _now.AddSeconds(1);
    }
}
