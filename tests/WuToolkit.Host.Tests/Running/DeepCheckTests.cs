using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Tests.Running;

/// <summary>Deep checks (slow ones, such as a component store scan) run only when asked for; every check is told whether
/// they were, and gets the run's error-code lookup.</summary>
public class DeepCheckTests
{
    private static readonly SnapshotMachine Machine = new(new SnapshotBuilder(DateTimeOffset.UnixEpoch).Build());

    private static CheckRunner Runner(bool deep, IErrorCodeLookup? codes = null) =>
        new(Machine, KeyValueSettings.Empty, NullLoggerFactory.Instance, new RunOptions(Scenario.Both, TimeSpan.FromSeconds(10)) { Deep = deep, ErrorCodes = codes });

    [Test]
    public async Task Without_deep_a_deep_check_is_skipped_saying_how_to_run_it_and_is_never_created()
    {
        var check = TestChecks.Deep("test.scan", (_, _) => Task.FromResult(CheckResult.Pass("scanned"))) with
        {
            Create = () => throw new InvalidOperationException("a deep check was created without --deep"),
        };

        var row = await Runner(deep: false).RunOneAsync(check, CancellationToken.None);

        Assert.That(row.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(row.Summary, Does.Contain("--deep").And.Contain("deep check"));
    }

    [Test]
    public async Task With_deep_a_deep_check_runs_and_is_told_so()
    {
        var row = await Runner(deep: true).RunOneAsync(
            TestChecks.Deep("test.scan", (context, _) => Task.FromResult(CheckResult.Pass($"deep={context.Deep}"))),
            CancellationToken.None);

        Assert.That(row.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(row.Summary, Is.EqualTo("deep=True"));
    }

    [Test]
    public async Task A_deep_check_gets_more_time_than_the_ordinary_limit()
    {
        var options = new RunOptions(Scenario.Both, TimeSpan.FromSeconds(0.1)) { Deep = true, DeepTimeout = TimeSpan.FromSeconds(30) };
        var runner = new CheckRunner(Machine, KeyValueSettings.Empty, NullLoggerFactory.Instance, options);

        var row = await runner.RunOneAsync(
            TestChecks.Deep("test.scan", async (_, token) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(0.4), token);
                return CheckResult.Pass("scanned");
            }),
            CancellationToken.None);

        Assert.That(row.Status, Is.EqualTo(CheckStatus.Pass), row.Summary);
    }

    [Test]
    public void Only_deep_checks_get_the_deep_time_and_never_less_than_the_ordinary_limit()
    {
        var ordinary = new CheckMetadata { Id = "test.quick", Title = "quick" };
        var deep = new CheckMetadata { Id = "test.scan", Title = "scan", Deep = true };
        var options = new RunOptions(Scenario.Both, TimeSpan.FromSeconds(30));

        Assert.That(options.TimeoutFor(ordinary), Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(options.TimeoutFor(deep), Is.EqualTo(RunOptions.DefaultDeepTimeout));
        Assert.That((options with { Timeout = TimeSpan.FromHours(3) }).TimeoutFor(deep), Is.EqualTo(TimeSpan.FromHours(3)), "a longer --timeout wins");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task An_ordinary_check_runs_either_way_and_sees_the_flag(bool deep)
    {
        var row = await Runner(deep).RunOneAsync(
            TestChecks.Make("test.quick", (context, _) => Task.FromResult(CheckResult.Pass($"deep={context.Deep}"))),
            CancellationToken.None);

        Assert.That(row.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(row.Summary, Is.EqualTo($"deep={deep}"));
    }

    [Test]
    public async Task Every_check_gets_the_runs_error_code_lookup()
    {
        var known = new ErrorCode { Code = 0x80070643, Name = "ERROR_INSTALL_FAILURE", Meaning = "Installation failed." };
        var row = await Runner(deep: false, new OneCode(known)).RunOneAsync(
            TestChecks.Make("test.codes", (context, _) => Task.FromResult(CheckResult.Pass(
                $"{context.ErrorCodes.Find(0x80070643)?.Name ?? "unknown"} {context.ErrorCodes.Find(0x80070644)?.Name ?? "unknown"}"))),
            CancellationToken.None);

        Assert.That(row.Summary, Is.EqualTo("ERROR_INSTALL_FAILURE unknown"));
    }

    [Test]
    public async Task Without_a_lookup_a_check_finds_no_code_rather_than_null()
    {
        var row = await Runner(deep: false).RunOneAsync(
            TestChecks.Make("test.codes", (context, _) => Task.FromResult(CheckResult.Pass(context.ErrorCodes.Find(0x80070643)?.Name ?? "unknown"))),
            CancellationToken.None);

        Assert.That(row.Summary, Is.EqualTo("unknown"));
    }

    private sealed class OneCode(ErrorCode code) : IErrorCodeLookup
    {
        public ErrorCode? Find(uint value) => value == code.Code ? code : null;
    }
}
