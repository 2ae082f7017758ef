using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

public class FolderStepTests
{
    private const string Backup = SoftwareDistribution + ".bak";
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task A_renamed_folder_is_gone_from_its_place_and_found_under_its_new_name_with_what_was_below_it()
    {
        var pc = new SimulatedPc(UpdatePc);

        var (prepared, outcome) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(prepared.MoveTo, Is.EqualTo(Backup));
        Assert.That((await pc.Storage.GetPathAsync(SoftwareDistribution, None)).Exists, Is.False);
        Assert.That((await pc.Storage.GetPathAsync(Download, None)).Exists, Is.False);
        var moved = await pc.Storage.GetPathAsync(Backup, None);
        Assert.That(moved.Exists, Is.True);
        Assert.That(moved.SizeBytes, Is.EqualTo(5_000_000));
        Assert.That((await pc.Storage.GetPathAsync(Backup + @"\Download", None)).FileCount, Is.EqualTo(80));
    }

    [Test]
    public async Task A_rename_never_overwrites_a_backup_that_is_there_and_says_where_the_folder_went()
    {
        var pc = new SimulatedPc(UpdatePc with { Paths = [.. UpdatePc.Paths!, Folder(Backup, 10, 1)] });

        var (prepared, outcome) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));

        Assert.That(prepared.MoveTo, Is.EqualTo(Backup + ".1"));
        Assert.That(outcome.Message, Does.Contain(Backup + ".1"));
        Assert.That((await pc.Storage.GetPathAsync(Backup, None)).SizeBytes, Is.EqualTo(10), "the old backup is untouched");
        Assert.That((await pc.Storage.GetPathAsync(Backup + ".1", None)).SizeBytes, Is.EqualTo(5_000_000));
    }

    [Test]
    public async Task A_second_run_after_a_first_moves_the_new_folder_beside_the_first_backup()
    {
        var pc = new SimulatedPc(UpdatePc);
        await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));
        await RunAsync(pc, Create(SoftwareDistribution));

        var (_, second) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));

        Assert.That(second.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.State.Paths.Select(path => path.Path), Is.SupersetOf(new[] { Backup, Backup + ".1" }));
    }

    [Test]
    public async Task Undoing_a_rename_moves_the_folder_back()
    {
        var pc = new SimulatedPc(UpdatePc);
        var before = pc.State;
        var (prepared, _) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Done));
        StateAssert.AreEqual(before, pc.State);
        Assert.That((await pc.Storage.GetPathAsync(Download, None)).Exists, Is.True);
    }

    [Test]
    public async Task Undoing_a_rename_when_the_folder_was_made_again_meanwhile_fails_and_keeps_both()
    {
        var pc = new SimulatedPc(UpdatePc);
        var (prepared, _) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));
        await RunAsync(pc, Create(SoftwareDistribution));

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(undone.Message, Does.Contain("exists again"));
        Assert.That((await pc.Storage.GetPathAsync(Backup, None)).Exists, Is.True);
    }

    [Test]
    public async Task Renaming_a_folder_that_is_not_there_is_unchanged_and_so_is_its_undo()
    {
        var pc = new SimulatedPc(TestPc.Empty with { Paths = [Nothing(SoftwareDistribution)] });

        var (prepared, outcome) = await RunAsync(pc, Rename(SoftwareDistribution, "SoftwareDistribution.bak"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That((await pc.UndoAsync(prepared, None)).Status, Is.EqualTo(StepStatus.Unchanged));
    }

    [Test]
    public async Task A_new_name_that_is_a_path_is_refused()
    {
        var pc = new SimulatedPc(UpdatePc);

        var (_, outcome) = await RunAsync(pc, Rename(SoftwareDistribution, @"..\Elsewhere"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That((await pc.Storage.GetPathAsync(SoftwareDistribution, None)).Exists, Is.True);
    }

    [Test]
    public async Task A_folder_to_rename_the_pc_was_never_told_about_is_a_mistake_in_the_test()
    {
        var pc = new SimulatedPc(TestPc.Empty);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => pc.PrepareAsync(Rename(Catroot2, "catroot2.bak"), None));

        Assert.That(ex!.Message, Does.Contain("catroot2").And.Contain("TestPc.Paths"));
    }

    [Test]
    public async Task A_created_folder_exists_and_undoing_removes_it_while_it_is_empty()
    {
        var pc = new SimulatedPc(TestPc.Empty);
        var (prepared, created) = await RunAsync(pc, Create(SoftwareDistribution));

        Assert.That(created.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(await pc.Storage.GetPathAsync(SoftwareDistribution, None), Has.Property("Exists").True.And.Property("IsDirectory").True);

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Done));
        Assert.That((await pc.Storage.GetPathAsync(SoftwareDistribution, None)).Exists, Is.False);
    }

    [Test]
    public async Task Creating_a_folder_that_exists_is_unchanged_and_its_undo_never_removes_it()
    {
        var pc = new SimulatedPc(UpdatePc);
        var (prepared, outcome) = await RunAsync(pc, Create(SoftwareDistribution));

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(undone.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That((await pc.Storage.GetPathAsync(SoftwareDistribution, None)).Exists, Is.True);
    }

    [Test]
    public async Task Undoing_a_created_folder_that_holds_something_leaves_it()
    {
        const string Parent = @"%SystemRoot%\Temp\Moved";
        var pc = new SimulatedPc(TestPc.Empty with { Paths = [Folder(Parent + @"\Inside", 10, 1), Nothing(Parent)] });
        var (prepared, _) = await RunAsync(pc, Create(Parent));

        var undone = await pc.UndoAsync(prepared, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(undone.Message, Does.Contain("not empty"));
    }
}
