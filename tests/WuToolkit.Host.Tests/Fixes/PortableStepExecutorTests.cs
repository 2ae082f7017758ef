using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary>The portable machine performs renames, folder creation and programs for real, in a temporary folder; it
/// never overwrites, undoes only what is still as the step left it, and says what it cannot do.</summary>
public class PortableStepExecutorTests
{
    private readonly PortableStepExecutor _executor = new();
    private TempFolder _temp = null!;

    [SetUp]
    public void Create()
    {
        _temp = new TempFolder();
        Directory.CreateDirectory(_temp.Combine("cache", "Download"));
        File.WriteAllText(_temp.Combine("cache", "Download", "x.cab"), "payload");
        File.WriteAllText(_temp.Combine("qmgr.db"), "queue");
    }

    [TearDown]
    public void Delete() => _temp.Dispose();

    private IReadOnlyList<string> Entries() =>
        [.. Directory.EnumerateFileSystemEntries(_temp.Path, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(_temp.Path, path)).Order(StringComparer.Ordinal)];

    private async Task<(PreparedStep Prepared, StepOutcome Outcome)> RunAsync(FixStep step)
    {
        var prepared = await _executor.PrepareAsync(step, CancellationToken.None);
        return (prepared, await _executor.ExecuteAsync(prepared, CancellationToken.None));
    }

    [Test]
    public async Task A_folder_is_renamed_beside_itself_and_undone_back()
    {
        var (prepared, outcome) = await RunAsync(new RenameFolderStep { Path = _temp.Combine("cache"), NewName = "cache.bak" });

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done), outcome.Message);
        Assert.That(prepared.MoveTo, Is.EqualTo(_temp.Combine("cache.bak")));
        Assert.That(File.ReadAllText(_temp.Combine("cache.bak", "Download", "x.cab")), Is.EqualTo("payload"));

        var undone = await _executor.UndoAsync(prepared, CancellationToken.None);
        var again = await _executor.UndoAsync(prepared, CancellationToken.None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Done), undone.Message);
        Assert.That(again.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(File.ReadAllText(_temp.Combine("cache", "Download", "x.cab")), Is.EqualTo("payload"));
    }

    [Test]
    public async Task A_taken_name_gets_a_number_and_what_had_it_is_untouched()
    {
        Directory.CreateDirectory(_temp.Combine("cache.bak"));
        File.WriteAllText(_temp.Combine("cache.bak", "old.txt"), "first backup");
        File.WriteAllText(_temp.Combine("cache.bak.1"), "a file in the way");

        var (prepared, outcome) = await RunAsync(new RenameFolderStep { Path = _temp.Combine("cache"), NewName = "cache.bak" });

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(prepared.MoveTo, Is.EqualTo(_temp.Combine("cache.bak.2")));
        Assert.That(File.ReadAllText(_temp.Combine("cache.bak", "old.txt")), Is.EqualTo("first backup"));
        Assert.That(File.ReadAllText(_temp.Combine("cache.bak.1")), Is.EqualTo("a file in the way"));
    }

    [Test]
    public async Task A_name_taken_between_preparing_and_running_fails_the_step_and_overwrites_nothing()
    {
        var prepared = await _executor.PrepareAsync(new RenameFolderStep { Path = _temp.Combine("cache"), NewName = "cache.bak" }, CancellationToken.None);
        Directory.CreateDirectory(_temp.Combine("cache.bak"));

        var outcome = await _executor.ExecuteAsync(prepared, CancellationToken.None);

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(Directory.Exists(_temp.Combine("cache", "Download")), Is.True);
        Assert.That(Directory.EnumerateFileSystemEntries(_temp.Combine("cache.bak")), Is.Empty);
    }

    [Test]
    public async Task Undo_leaves_both_when_the_original_was_rebuilt_meanwhile()
    {
        var (prepared, _) = await RunAsync(new RenameFolderStep { Path = _temp.Combine("cache"), NewName = "cache.bak" });
        Directory.CreateDirectory(_temp.Combine("cache"));

        var undone = await _executor.UndoAsync(prepared, CancellationToken.None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(Directory.Exists(_temp.Combine("cache.bak", "Download")), Is.True);
    }

    [Test]
    public async Task A_folder_or_file_that_is_not_there_leaves_the_step_with_nothing_to_do()
    {
        var (_, folder) = await RunAsync(new RenameFolderStep { Path = _temp.Combine("none"), NewName = "none.bak" });
        var (_, file) = await RunAsync(new RenameFileStep { Path = _temp.Combine("none.dat"), NewName = "none.dat.bak" });
        var (_, notAFolder) = await RunAsync(new RenameFolderStep { Path = _temp.Combine("qmgr.db"), NewName = "qmgr.db.bak" });

        Assert.That(new[] { folder.Status, file.Status, notAFolder.Status }, Is.All.EqualTo(StepStatus.Unchanged));
        Assert.That(File.Exists(_temp.Combine("qmgr.db")), Is.True);
    }

    [Test]
    public async Task A_file_is_renamed_and_undone()
    {
        var (prepared, outcome) = await RunAsync(new RenameFileStep { Path = _temp.Combine("qmgr.db"), NewName = "qmgr.db.bak" });
        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(File.ReadAllText(_temp.Combine("qmgr.db.bak")), Is.EqualTo("queue"));

        await _executor.UndoAsync(prepared, CancellationToken.None);

        Assert.That(File.ReadAllText(_temp.Combine("qmgr.db")), Is.EqualTo("queue"));
    }

    [Test]
    public async Task A_created_folder_is_removed_by_undo_only_while_empty()
    {
        var (empty, created) = await RunAsync(new CreateFolderStep { Path = _temp.Combine("new") });
        var (full, _) = await RunAsync(new CreateFolderStep { Path = _temp.Combine("kept") });
        File.WriteAllText(_temp.Combine("kept", "user.txt"), "mine");
        var (existing, unchanged) = await RunAsync(new CreateFolderStep { Path = _temp.Combine("cache") });

        Assert.That(created.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(unchanged.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That((await _executor.UndoAsync(empty, CancellationToken.None)).Status, Is.EqualTo(StepStatus.Done));
        Assert.That((await _executor.UndoAsync(full, CancellationToken.None)).Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That((await _executor.UndoAsync(existing, CancellationToken.None)).Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(Directory.Exists(_temp.Combine("new")), Is.False);
        Assert.That(File.ReadAllText(_temp.Combine("kept", "user.txt")), Is.EqualTo("mine"));
        Assert.That(Directory.Exists(_temp.Combine("cache", "Download")), Is.True);
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "uses true, false and sleep")]
    public async Task A_program_runs_with_its_arguments_and_its_exit_code_decides()
    {
        var (_, ok) = await RunAsync(new RunProgramStep { Program = "true" });
        var (_, failed) = await RunAsync(new RunProgramStep { Program = "sh", Arguments = ["-c", "echo why >&2; exit 3"] });
        var (_, listed) = await RunAsync(new RunProgramStep { Program = "sh", Arguments = ["-c", "exit 3"], SuccessExitCodes = [0, 3] });
        var (_, missing) = await RunAsync(new RunProgramStep { Program = _temp.Combine("no-such-program") });

        Assert.That(ok.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(failed.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(failed.ExitCode, Is.EqualTo(3));
        Assert.That(failed.Message, Does.Contain("why"));
        Assert.That(listed.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(missing.Status, Is.EqualTo(StepStatus.Failed));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "uses sleep")]
    public async Task A_program_past_its_time_is_ended()
    {
        var prepared = await _executor.PrepareAsync(new RunProgramStep { Program = "sleep", Arguments = ["30"] }, CancellationToken.None);
        using var limit = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.That(async () => await _executor.ExecuteAsync(prepared, limit.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void What_only_windows_has_it_says_it_cannot_do()
    {
        Assert.That(_executor.ReasonCannotPerform(new StopServiceStep { ServiceName = "wuauserv" }), Does.Contain("services"));
        Assert.That(_executor.ReasonCannotPerform(new SetRegistryValueStep { Key = @"HKLM\x", Name = "a", Kind = "REG_SZ", Data = "" }), Does.Contain("registry"));
        Assert.That(_executor.ReasonCannotPerform(new CreateRestorePointStep { Description = "x" }), Does.Contain("System Restore"));
        Assert.That(_executor.ReasonCannotPerform(new RenameFolderStep { Path = _temp.Combine("cache"), NewName = "x" }), Is.Null);
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(_executor.ReasonCannotPerform(new RenameFolderStep { Path = @"%SystemRoot%\SoftwareDistribution", NewName = "x" }), Does.Contain("Windows path"));
        }
    }

    [Test]
    public async Task Through_the_engine_a_failure_at_any_step_leaves_the_folder_exactly_as_before()
    {
        FixStep[] steps =
        [
            new RenameFolderStep { Path = _temp.Combine("cache"), NewName = "cache.bak" },
            new RenameFileStep { Path = _temp.Combine("qmgr.db"), NewName = "qmgr.db.bak" },
            new CreateFolderStep { Path = _temp.Combine("cache") },
        ];
        var before = Entries();
        for (var failing = 1; failing <= steps.Length; failing++)
        {
            var engine = new FixEngine(new MemoryJournalStore());

            var run = await engine.ApplyAsync(new FixRequest { FixId = "test.real", Plan = new FixPlan { Steps = steps } }, new FailingAt(_executor, failing), null, CancellationToken.None);

            Assert.That(run.Status, Is.EqualTo(FixRunStatus.RolledBack), $"step {failing}");
            Assert.That(Entries(), Is.EqualTo(before), $"step {failing}");
        }
    }

    /// <summary>A real executor whose n-th run fails without doing anything.</summary>
    private sealed class FailingAt(IStepExecutor inner, int failing) : IStepExecutor
    {
        private int _runs;

        public Task<PreparedStep> PrepareAsync(FixStep fixStep, CancellationToken cancellationToken) => inner.PrepareAsync(fixStep, cancellationToken);

        public Task<StepOutcome> ExecuteAsync(PreparedStep prepared, CancellationToken cancellationToken) =>
            ++_runs == failing ? Task.FromResult(StepOutcome.Failed("injected")) : inner.ExecuteAsync(prepared, cancellationToken);

        public Task<StepOutcome> UndoAsync(PreparedStep prepared, CancellationToken cancellationToken) => inner.UndoAsync(prepared, cancellationToken);

        public string? ReasonCannotPerform(FixStep fixStep) => inner.ReasonCannotPerform(fixStep);
    }
}
