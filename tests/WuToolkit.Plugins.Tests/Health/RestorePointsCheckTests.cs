using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

public class RestorePointsCheckTests
{
    private static RestorePointInfo Point(int daysAgo, string description = "Windows Modules Installer") =>
        new() { CreatedUtc = CheckHarness.Now.AddDays(-daysAgo), Description = description };

    private static TestPc Pc(bool? protection, params RestorePointInfo[] points) =>
        CheckHarness.EmptyPc with { RestorePoints = new RestoreInfo { ProtectionEnabled = protection, Points = points } };

    [Test]
    public async Task Protection_on_with_a_recent_point_passes_naming_it()
    {
        var result = await CheckHarness.RunAsync(new RestorePointsCheck(), Pc(true, Point(3), Point(40, "Installed Contoso Tools")));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "from 2026-11-17 (Windows Modules Installer)");
        ResultAssert.HasEvidence(result, "newest", "2026-11-17 09:00 UTC");
        ResultAssert.HasEvidence(result, "restorePoints", "2");
        ResultAssert.HasEvidence(result, "protection", "on");
    }

    [Test]
    public async Task Protection_off_warns_about_the_missing_safety_net()
    {
        var result = await CheckHarness.RunAsync(new RestorePointsCheck(), Pc(false));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "System protection is off");
        ResultAssert.HasEvidence(result, "protection", "off");
        Assert.That(result.FixIds, Is.Empty, "no fix can make a restore point while protection is off");
    }

    [Test]
    public async Task No_restore_point_warns()
    {
        var result = await CheckHarness.RunAsync(new RestorePointsCheck(), Pc(true));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "There is no restore point");
        Assert.That(result.FixIds, Is.EqualTo(new[] { "health.restore-point" }));
    }

    [Test]
    public async Task An_old_newest_point_warns_and_the_age_limit_is_a_setting()
    {
        var pc = Pc(null, Point(45));

        var old = await CheckHarness.RunAsync(new RestorePointsCheck(), pc);
        var allowed = await CheckHarness.RunAsync(new RestorePointsCheck(), pc, ("health.restorePointMaxAgeDays", "60"));

        ResultAssert.HasStatus(old, CheckStatus.Warn);
        ResultAssert.SummaryContains(old, "45 d 0 h ago");
        ResultAssert.NamesFix(old, "health.restore-point");
        ResultAssert.HasStatus(allowed, CheckStatus.Pass);
        ResultAssert.HasEvidence(allowed, "protection", "unknown");
    }

    [Test]
    public async Task The_newest_point_is_found_whatever_the_order()
    {
        var result = await CheckHarness.RunAsync(new RestorePointsCheck(), Pc(true, Point(90), Point(1, "Scheduled Checkpoint")));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.HasEvidence(result, "newestDescription", "Scheduled Checkpoint");
    }

    [Test]
    public async Task Without_restore_information_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new RestorePointsCheck(), CheckHarness.EmptyPc));
    }
}
