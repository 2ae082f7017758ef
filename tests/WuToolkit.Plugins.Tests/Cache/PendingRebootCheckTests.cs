using WuToolkit.Testing;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Cache;

public class PendingRebootCheckTests
{
    [Test]
    public async Task No_pending_xml_passes()
    {
        var pc = CheckHarness.EmptyPc with { Paths = [new PathInfo { Path = WindowsPaths.PendingXml, Exists = false }] };

        var result = await CheckHarness.RunAsync(new PendingRebootCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("pendingXml"), Is.EqualTo("absent"));
    }

    [Test]
    public async Task A_pending_xml_warns_to_restart_first()
    {
        var written = new DateTimeOffset(2026, 11, 18, 22, 14, 3, TimeSpan.Zero);
        var pc = CheckHarness.EmptyPc with { Paths = [new PathInfo { Path = WindowsPaths.PendingXml, Exists = true, IsDirectory = false, SizeBytes = 1_843_200, FileCount = 1, NewestWriteUtc = written }] };

        var result = await CheckHarness.RunAsync(new PendingRebootCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("pending.xml").And.Contain("restart before installing more updates"));
        Assert.That(result.Evidence("pendingXmlWrittenUtc"), Is.EqualTo("2026-11-18T22:14:03Z"));
    }

    [Test]
    public async Task A_snapshot_without_the_file_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new PendingRebootCheck(), CheckHarness.EmptyPc));
    }
}
