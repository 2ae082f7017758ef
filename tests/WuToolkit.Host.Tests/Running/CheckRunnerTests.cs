using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Configuration;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Running;

public class CheckRunnerTests
{
    private static readonly SnapshotMachine Machine = new(new SnapshotBuilder(DateTimeOffset.UnixEpoch).Build());

    private static CheckRunner Runner(double timeoutSeconds = 5) =>
        new(Machine, KeyValueSettings.Empty, NullLoggerFactory.Instance, new RunOptions(Scenario.Both, TimeSpan.FromSeconds(timeoutSeconds)));

    [Test]
    public async Task A_check_that_throws_is_one_error_row_and_the_others_still_run()
    {
        var outcomes = await Runner().RunAsync(
        [
            TestChecks.Passing("test.before"),
            TestChecks.Make("test.throws", (_, _) => throw new InvalidOperationException("registry key vanished")),
            TestChecks.Passing("test.after"),
        ], CancellationToken.None);

        Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { CheckStatus.Pass, CheckStatus.Error, CheckStatus.Pass }));
        Assert.That(outcomes[1].Summary, Does.Contain("InvalidOperationException").And.Contain("registry key vanished"));
    }

    [Test]
    [Category("Slow")]
    public async Task A_check_that_blocks_its_thread_forever_times_out_as_an_error()
    {
        // Long enough that the passing check finishes in time on a loaded machine, where the blocked thread leaves the
        // thread pool one thread short until it grows.
        using var never = new ManualResetEventSlim(false);
        var outcomes = await Runner(timeoutSeconds: 2.5).RunAsync(
        [
            TestChecks.Make("test.blocks", (_, _) =>
            {
                never.Wait(TimeSpan.FromSeconds(30), CancellationToken.None);
                return Task.FromResult(CheckResult.Pass("too late"));
            }),
            TestChecks.Passing("test.fine"),
        ], CancellationToken.None);

        Assert.That(outcomes[0].Status, Is.EqualTo(CheckStatus.Error));
        Assert.That(outcomes[0].Summary, Does.Contain("2.5 s"));
        Assert.That(outcomes[1].Status, Is.EqualTo(CheckStatus.Pass));
        never.Set();
    }

    [Test]
    [Category("Slow")]
    public async Task A_check_that_ignores_cancellation_while_awaiting_times_out()
    {
        var outcome = await Runner(timeoutSeconds: 0.3).RunOneAsync(
            TestChecks.Make("test.hangs", async (_, _) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None);
                return CheckResult.Pass("too late");
            }),
            CancellationToken.None);
        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Error));
    }

    [Test]
    public async Task Garbage_results_are_errors()
    {
        var outcomes = await Runner().RunAsync(
        [
            TestChecks.Make("test.null", (_, _) => Task.FromResult<CheckResult>(null!)),
            TestChecks.Make("test.no-summary", (_, _) => Task.FromResult(new CheckResult { Status = CheckStatus.Pass, Summary = " ", Evidence = [], FixIds = [] })),
            TestChecks.Make("test.bad-status", (_, _) => Task.FromResult(new CheckResult { Status = (CheckStatus)42, Summary = "?", Evidence = [], FixIds = [] })),
            TestChecks.Make("test.null-lists", (_, _) => Task.FromResult(new CheckResult { Status = CheckStatus.Warn, Summary = "line one\nline two", Evidence = null!, FixIds = null! })),
        ], CancellationToken.None);

        Assert.That(outcomes.Take(3).Select(o => o.Status), Is.All.EqualTo(CheckStatus.Error));
        Assert.That(outcomes[3].Status, Is.EqualTo(CheckStatus.Warn), "null lists are tolerated as empty");
        Assert.That(outcomes[3].Summary, Is.EqualTo("line one line two"), "a summary is one line");
    }

    [Test]
    public async Task An_unanswered_question_is_skipped_with_its_reason()
    {
        var outcome = await Runner().RunOneAsync(
            TestChecks.Make("test.asks", async (context, token) =>
            {
                await context.Machine.Services.GetAsync("wuauserv", token);
                return CheckResult.Pass("unreachable");
            }),
            CancellationToken.None);

        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(outcome.Summary, Does.Contain("not recorded in the snapshot").And.Contain("services/wuauserv"));
    }

    [Test]
    public async Task A_bad_setting_is_an_error_naming_the_key()
    {
        var runner = new CheckRunner(Machine, new KeyValueSettings([KeyValuePair.Create("test.limit", "many")]), NullLoggerFactory.Instance,
            new RunOptions(Scenario.Both, TimeSpan.FromSeconds(5)));
        var outcome = await runner.RunOneAsync(
            TestChecks.Make("test.setting", (context, _) => Task.FromResult(CheckResult.Pass($"{context.Settings.GetNumber("test.limit", 1)}"))),
            CancellationToken.None);
        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Error));
        Assert.That(outcome.Summary, Does.Contain("test.limit").And.Contain("many"));
    }

    [Test]
    public async Task A_constructor_that_throws_is_an_error()
    {
        var descriptor = TestChecks.Passing("test.ctor") with { Create = () => throw new InvalidOperationException("cannot build") };
        var outcome = await Runner().RunOneAsync(descriptor, CancellationToken.None);
        Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Error));
        Assert.That(outcome.Summary, Does.Contain("cannot build"));
    }

    [Test]
    public async Task Checks_run_concurrently()
    {
        // Each check waits for the other: run one after the other, both would time out.
        using var barrier = new Barrier(2);
        Func<CheckContext, CancellationToken, Task<CheckResult>> meet = (_, token) =>
            Task.FromResult(barrier.SignalAndWait(TimeSpan.FromSeconds(5), token) ? CheckResult.Pass("met") : CheckResult.Fail("alone", []));
        var outcomes = await Runner().RunAsync([TestChecks.Make("test.a", meet), TestChecks.Make("test.b", meet)], CancellationToken.None);
        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Cancelling_the_run_cancels_it()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => Runner().RunAsync([TestChecks.Passing("test.x")], cancel.Token));
    }
}
