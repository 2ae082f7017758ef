using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

public class ActivationCheckTests
{
    private static TestPc PcWith(LicenseInfo license) => CheckHarness.EmptyPc with { License = license };

    private static LicenseInfo License(LicenseStatus status, string product = "Windows(R), Professional edition") => new()
    {
        Status = status,
        ProductName = product,
        Channel = "Windows(R) Operating System, RETAIL channel",
    };

    [Test]
    public async Task An_activated_Home_edition_passes()
    {
        var result = await CheckHarness.RunAsync(new ActivationCheck(), PcWith(License(LicenseStatus.Licensed, "Windows(R), Core edition")));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "Windows(R), Core edition is activated");
        ResultAssert.HasEvidence(result, "status", "Licensed");
        ResultAssert.HasEvidence(result, "evaluation", "no");
    }

    [TestCase(LicenseStatus.OutOfBoxGrace, "grace period after installation")]
    [TestCase(LicenseStatus.OutOfToleranceGrace, "grace period after a hardware change")]
    [TestCase(LicenseStatus.NonGenuineGrace, "grace period after a failed genuine check")]
    [TestCase(LicenseStatus.ExtendedGrace, "extended grace period")]
    public async Task A_grace_period_warns_with_the_time_left(LicenseStatus status, string grace)
    {
        var license = License(status) with { GraceRemaining = TimeSpan.FromDays(12.5) };

        var result = await CheckHarness.RunAsync(new ActivationCheck(), PcWith(license));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, grace);
        ResultAssert.SummaryContains(result, "12 d 12 h left");
        ResultAssert.HasEvidence(result, "timeLeft", "12 d 12 h");
    }

    [TestCase(LicenseStatus.Notification, "not activated (notification mode)")]
    [TestCase(LicenseStatus.Unlicensed, "unlicensed")]
    public async Task Not_activated_fails_and_says_how_to_activate(LicenseStatus status, string state)
    {
        var result = await CheckHarness.RunAsync(new ActivationCheck(), PcWith(License(status)));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, state);
        ResultAssert.SummaryContains(result, "Settings > System > Activation");
    }

    [Test]
    public async Task An_evaluation_copy_warns_that_it_expires_and_cannot_be_upgraded_in_place()
    {
        var license = License(LicenseStatus.Licensed, "Windows(R), EnterpriseEval edition") with { Evaluation = true, GraceRemaining = TimeSpan.FromDays(64) };

        var result = await CheckHarness.RunAsync(new ActivationCheck(), PcWith(license));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "expires in 64 d 0 h");
        ResultAssert.SummaryContains(result, "cannot be upgraded in place to a retail edition");
        ResultAssert.HasEvidence(result, "evaluation", "yes");
    }

    [Test]
    public async Task An_expired_evaluation_copy_fails()
    {
        var license = License(LicenseStatus.Notification, "Windows(R), EnterpriseEval edition") with { Evaluation = true };

        var result = await CheckHarness.RunAsync(new ActivationCheck(), PcWith(license));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "evaluation copy that has expired");
    }

    [Test]
    public async Task A_licence_without_names_or_time_left_is_still_judged()
    {
        var result = await CheckHarness.RunAsync(new ActivationCheck(), PcWith(new LicenseInfo { Status = LicenseStatus.OutOfBoxGrace }));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "Windows is not activated yet");
        ResultAssert.SummaryContains(result, "an unknown time left");
    }

    [Test]
    public async Task Without_the_licence_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ActivationCheck(), CheckHarness.EmptyPc));
    }
}
