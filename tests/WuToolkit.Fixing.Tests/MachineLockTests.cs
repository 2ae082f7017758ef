using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Testing;
using static WuToolkit.Fixing.Tests.Pcs;

namespace WuToolkit.Fixing.Tests;

/// <summary>The machine lock: one holder at a time, the refused one told who holds it, and nothing left behind that holds
/// it once its holder is gone.</summary>
public class MachineLockTests
{
    private static readonly DateTimeOffset Since = new(2026, 12, 2, 19, 30, 0, TimeSpan.Zero);

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("wutk-lock-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void A_second_holder_is_refused_with_the_first_ones_process_and_command_and_after_release_a_third_takes_it()
    {
        Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk fix cache.reset", Since), out var first, out _), Is.True);
        using (first)
        {
            var taken = MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk undo", Since), out var second, out var holder);

            Assert.That(taken, Is.False);
            Assert.That(second, Is.Null);
            Assert.That(holder, Is.EqualTo(new LockHolder(Environment.ProcessId, "wutk fix cache.reset", Since)));
            Assert.That(first!.Path, Is.EqualTo(Path.Combine(_folder, MachineLock.FileName)));
        }

        Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk undo", Since), out var third, out _), Is.True);
        third!.Dispose();
    }

    [Test]
    public async Task Of_two_concurrent_engine_runs_on_a_simulated_pc_one_applies_the_other_is_refused_and_a_later_one_proceeds()
    {
        var pc = NewPc();
        var store = new FileJournalStore(_folder);

        // Both try before either lets go, as two commands started together do.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(n => Task.Run(() =>
            (Taken: MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("run " + n, Since), out var held, out var holder), Held: held, Holder: holder))));

        Assert.That(attempts.Count(attempt => attempt.Taken), Is.EqualTo(1));
        var winner = attempts.Single(attempt => attempt.Taken);
        var loser = attempts.Single(attempt => !attempt.Taken);
        Assert.That(loser.Holder!.ProcessId, Is.EqualTo(Environment.ProcessId));
        using (winner.Held)
        {
            var run = await new FixEngine(store).ApplyAsync(new FixRequest { FixId = "cache.reset-download", Plan = ResetDownloadCache }, pc, null, CancellationToken.None);
            Assert.That(run.Status, Is.EqualTo(FixRunStatus.Applied));
        }

        Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("later", Since), out var later, out _), Is.True);
        using (later)
        {
            var journal = (await new JournalBook(store).ListAsync(CancellationToken.None)).Journals.Single();
            var undone = await new FixEngine(store).UndoAsync(journal.Id, pc, null, CancellationToken.None);
            Assert.That(undone.Status, Is.EqualTo(FixRunStatus.Undone));
        }
    }

    [Test]
    public void Files_a_crashed_holder_left_behind_do_not_hold_the_lock()
    {
        File.WriteAllText(Path.Combine(_folder, MachineLock.FileName), "");
        File.WriteAllText(Path.Combine(_folder, MachineLock.FileName + ".owner"), "{\"pid\":999999,\"command\":\"wutk fix gone\"}");

        Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk fix", Since), out var held, out _), Is.True);
        held!.Dispose();
    }

    [Test]
    [Platform("Linux")]
    public async Task A_holder_in_another_process_that_is_killed_leaves_no_lock_behind()
    {
        if (!File.Exists("/usr/bin/flock"))
        {
            Assert.Ignore("flock(1) is not installed");
        }

        // flock(1) takes the same advisory lock a FileStream opened without sharing takes on Unix. With -o the command
        // it starts does not inherit the locked descriptor, so the lock ends with flock itself, the process waited for.
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/flock", ["-n", "-o", Path.Combine(_folder, MachineLock.FileName), "-c", "echo locked; exec sleep 600"])
        {
            RedirectStandardOutput = true,
        };
        using var other = System.Diagnostics.Process.Start(start)!;
        try
        {
            Assert.That(await other.StandardOutput.ReadLineAsync(), Is.EqualTo("locked"));
            Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk fix", Since), out _, out var holder), Is.False);
            Assert.That(holder, Is.EqualTo(LockHolder.Unknown), "it wrote no name");
        }
        finally
        {
            other.Kill(entireProcessTree: true);
            await other.WaitForExitAsync();
        }

        Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk fix", Since), out var held, out _), Is.True);
        held!.Dispose();
    }

    [TestCase(null)]
    [TestCase("{not json")]
    [TestCase("[1]")]
    public void A_holder_that_wrote_nothing_readable_is_unknown(string? owner)
    {
        Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk fix", Since), out var held, out _), Is.True);
        using (held)
        {
            var ownerFile = Path.Combine(_folder, MachineLock.FileName + ".owner");
            File.Delete(ownerFile);
            if (owner is not null)
            {
                File.WriteAllText(ownerFile, owner);
            }

            Assert.That(MachineLock.TryAcquire(_folder, LockHolder.ThisProcess("wutk undo", Since), out _, out var holder), Is.False);
            Assert.That(holder, Is.EqualTo(LockHolder.Unknown));
        }
    }

    [Test]
    public void A_missing_folder_is_created()
    {
        var folder = Path.Combine(_folder, "new", "journals");

        Assert.That(MachineLock.TryAcquire(folder, LockHolder.ThisProcess("wutk fix", Since), out var held, out _), Is.True);
        held!.Dispose();
        Assert.That(File.Exists(Path.Combine(folder, MachineLock.FileName)), Is.True, "the lock file stays: it is the open handle that locks");
        Assert.That(File.Exists(Path.Combine(folder, MachineLock.FileName + ".owner")), Is.False);
    }
}
