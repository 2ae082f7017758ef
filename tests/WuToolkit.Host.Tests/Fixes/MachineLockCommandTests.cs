using System.Text.Json;
using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary>One <c>fix</c>, <c>undo</c> or <c>cleanup</c> changes the machine at a time: another is refused at once with
/// one line naming the holder and exit 75, nothing changed; a plan only shown is not held up.</summary>
public class MachineLockCommandTests
{
    private FixSandbox _sandbox = null!;

    [SetUp]
    public void CreateSandbox() => _sandbox = new FixSandbox();

    [TearDown]
    public void DeleteSandbox() => _sandbox.Dispose();

    [Test]
    public async Task While_a_fix_waits_for_its_answer_a_second_fix_is_refused_a_dry_run_is_not_and_after_it_another_proceeds()
    {
        using var input = new AnswerLater();
        var first = _sandbox.RunAsync(["fix", "fixture.move-folders"], input);
        Assert.That(await Task.WhenAny(input.Asked, first), Is.SameAs(input.Asked), "the first fix asks before it changes anything");

        var second = await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        var dryRun = await _sandbox.RunAsync("fix", "fixture.move-folders", "--dry-run");

        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Busy), second.Error);
        var refusals = second.Error.Split('\n').Where(line => line.Contains("another wutk command", StringComparison.Ordinal)).ToList();
        Assert.That(refusals, Has.Count.EqualTo(1), second.Error);
        Assert.That(refusals[0], Does.StartWith("error: ")
            .And.Contain($"process {Environment.ProcessId}: wutk fix fixture.move-folders")
            .And.Contain(Path.Combine(_sandbox.Journals, MachineLock.FileName))
            .And.Contain("nothing was changed"));
        Assert.That(dryRun.ExitCode, Is.EqualTo(ExitCodes.Ok), dryRun.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(_sandbox.JournalFiles(), Is.Empty);

        input.Answer("y\n");
        var applied = await first;

        Assert.That(applied.ExitCode, Is.EqualTo(ExitCodes.Ok), applied.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak" }));
        var after = await _sandbox.RunAsync("fix", "fixture.create-marker", "--yes");
        Assert.That(after.ExitCode, Is.EqualTo(ExitCodes.Ok), after.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak", "c" }));
    }

    [Test]
    public async Task Undo_and_cleanup_are_refused_while_another_holds_the_lock_and_proceed_after()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        var journal = Path.GetFileNameWithoutExtension(_sandbox.JournalFiles().Single());

        Assert.That(MachineLock.TryAcquire(_sandbox.Journals, new LockHolder(4242, "wutk fix elsewhere", null), out var held, out _), Is.True);
        Support.Cli.Result undo, cleanup, fix;
        using (held)
        {
            undo = await _sandbox.RunAsync("undo", "--yes");
            cleanup = await _sandbox.RunAsync("cleanup", journal, "--yes");
            fix = await _sandbox.RunAsync(["fix", "fixture.create-marker", "--yes", "--format", "json"]);
        }

        foreach (var refused in new[] { undo, cleanup, fix })
        {
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.Busy), refused.Error);
            Assert.That(refused.Error, Does.Contain("process 4242: wutk fix elsewhere"));
        }

        using var json = JsonDocument.Parse(fix.Output);
        Assert.That(json.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(75));
        Assert.That(json.RootElement.GetProperty("fixes")[0].GetProperty("status").GetString(), Is.EqualTo("refused"));
        Assert.That(SchemaFiles.Errors(SchemaFiles.Fix, fix.Output), Is.Empty, fix.Output);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak" }));
        var undone = await _sandbox.RunAsync("undo", "--yes");
        Assert.That(undone.ExitCode, Is.EqualTo(ExitCodes.Ok), undone.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task The_refusal_is_said_in_japanese_and_a_holder_that_left_no_name_is_said_to_be_unknown()
    {
        Assert.That(MachineLock.TryAcquire(_sandbox.Journals, LockHolder.Unknown, out var held, out _), Is.True);
        Support.Cli.Result japanese, english;
        using (held)
        {
            japanese = await _sandbox.RunAsync("fix", "fixture.create-marker", "--yes", "--lang", "ja");
            english = await _sandbox.RunAsync("fix", "fixture.create-marker", "--yes");
        }

        Assert.That(japanese.ExitCode, Is.EqualTo(ExitCodes.Busy));
        Assert.That(japanese.Error, Does.Contain("別の wutk コマンドがこのコンピューターを変更しています").And.Contain("どのプロセスかは不明です"));
        Assert.That(english.Error, Does.Contain("which process is not known"));
    }

    /// <summary>Standard input whose answer is typed only when the test says, and which tells when it is first read.</summary>
    private sealed class AnswerLater : Stream
    {
        private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<byte[]> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _offset;

        public Task Asked => _asked.Task;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Answer(string text) => _answer.TrySetResult(System.Text.Encoding.UTF8.GetBytes(text));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _asked.TrySetResult();
            var answer = await _answer.Task.WaitAsync(cancellationToken);
            var count = Math.Min(buffer.Length, answer.Length - _offset);
            answer.AsMemory(_offset, count).CopyTo(buffer);
            _offset += count;
            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
