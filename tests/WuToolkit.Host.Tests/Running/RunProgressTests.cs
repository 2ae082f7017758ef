using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Output;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Tests.Running;

/// <summary>A run says how far it has got, so that a user waiting on a slow (deep) check sees which one.</summary>
public class RunProgressTests
{
    [Test]
    public async Task A_run_reports_once_at_the_start_and_after_every_check()
    {
        var runner = new CheckRunner(
            new SnapshotMachine(new SnapshotBuilder(DateTimeOffset.UnixEpoch).Build()), KeyValueSettings.Empty, NullLoggerFactory.Instance,
            new RunOptions(Scenario.Both, TimeSpan.FromSeconds(10)));
        var heard = new Heard();

        await runner.RunAsync([TestChecks.Passing("test.one"), TestChecks.Passing("test.two"), TestChecks.Passing("test.three")], heard, CancellationToken.None);

        var reports = heard.Reports;
        Assert.That(reports.Select(report => report.Done).Order(), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(reports.Select(report => report.Total), Is.All.EqualTo(3));
        Assert.That(reports.Single(report => report.Done == 3).Running, Is.Null, "nothing runs after the last check");
    }

    [Test]
    public void The_line_names_the_check_it_waits_for_and_is_erased_when_done()
    {
        using var error = new StringWriter();
        using (var line = new RunProgressLine(error, enabled: true))
        {
            line.Report(new RunProgress(38, 40, "health.component-scan"));
            line.Report(new RunProgress(39, 40, "health.component-scan"));
        }

        var drawn = error.ToString();
        Assert.That(drawn, Does.Contain("checks: 38 of 40 done, waiting for health.component-scan"));
        Assert.That(drawn, Does.Contain("checks: 39 of 40 done, waiting for health.component-scan"), "every report is drawn, however soon after the last");
        Assert.That(drawn, Does.EndWith("\r"), "erased at the end");
    }

    [Test]
    public void Nothing_is_drawn_when_standard_error_is_not_a_terminal()
    {
        using var error = new StringWriter();
        using (var line = new RunProgressLine(error, enabled: false))
        {
            line.Report(new RunProgress(1, 2, "test.one"));
        }

        Assert.That(error.ToString(), Is.Empty);
    }

    [Test]
    public void A_check_id_cannot_drive_the_terminal()
    {
        using var error = new StringWriter();
        using (var line = new RunProgressLine(error, enabled: true))
        {
            line.Report(new RunProgress(1, 2, "evil\u001b]0;owned\u0007"));
        }

        // Ordinal: a culture-aware search finds a control character, which weighs nothing, in any text.
        Assert.That(error.ToString().Contains('\u001b', StringComparison.Ordinal), Is.False);
        Assert.That(error.ToString(), Does.Contain(@"evil\x1B]0;owned\x07"));
    }

    /// <summary>Collects reports as they come, from any thread, without the posting that <see cref="Progress{T}"/> does.</summary>
    private sealed class Heard : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();
        private readonly List<RunProgress> _reports = [];

        public IReadOnlyList<RunProgress> Reports
        {
            get
            {
                lock (_gate)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                _reports.Add(value);
            }
        }
    }
}
