using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Running;

public class ExitCodeRulesTests
{
    private static RunReport Report(bool failOnWarn, params CheckStatus[] statuses) => new(
        "live", "live", Scenario.Both, DateTimeOffset.UnixEpoch, TimeSpan.Zero,
        statuses.Select((s, i) => new CheckOutcome($"t.c{i}", "T", "t", s, "x", [], [], TimeSpan.Zero)).ToList(),
        failOnWarn);

    [TestCase(new[] { CheckStatus.Pass, CheckStatus.Skipped }, false, ExitCodes.Ok)]
    [TestCase(new[] { CheckStatus.Pass, CheckStatus.Warn }, false, ExitCodes.Ok)]
    [TestCase(new[] { CheckStatus.Pass, CheckStatus.Warn }, true, ExitCodes.IssueFound)]
    [TestCase(new[] { CheckStatus.Fail, CheckStatus.Error }, false, ExitCodes.IssueFound)]
    [TestCase(new[] { CheckStatus.Pass, CheckStatus.Error }, false, ExitCodes.Incomplete)]
    [TestCase(new[] { CheckStatus.Warn, CheckStatus.Error }, true, ExitCodes.IssueFound)]
    public void The_exit_code_follows_the_worst_finding(CheckStatus[] statuses, bool failOnWarn, int expected) =>
        Assert.That(Report(failOnWarn, statuses).ExitCode, Is.EqualTo(expected));
}
