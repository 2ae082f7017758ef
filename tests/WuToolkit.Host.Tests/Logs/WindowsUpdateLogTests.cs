using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Tests.Logs;

public class WindowsUpdateLogTests
{
    [Test]
    public void Get_WindowsUpdateLog_format_gives_time_to_the_tick_and_the_component()
    {
        var entries = LogFixtures.Read(LogFixtures.WindowsUpdate, "WindowsUpdate.log");

        Assert.That(entries, Has.Count.EqualTo(3));
        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(LogKind.WindowsUpdate));
        Assert.That(entries[0].Time, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 13, 0, 0, TimeSpan.Zero).AddTicks(1234567)));
        Assert.That(entries.Select(e => e.Component), Is.EqualTo(new[] { "Agent", "ComApi", "DownloadManager" }));
        Assert.That(entries.Select(e => e.Level), Is.All.Empty, "the format has no level");
        Assert.That(entries[1].Text, Is.EqualTo("*FAILED* [80246007] ISusInternal:: IsCommitRequired"));
        Assert.That(entries[2].Text, Is.EqualTo("  indented message\ncontinued on a line of its own"));
    }

    [Test]
    public void The_dash_date_variant_and_a_byte_order_mark_read_the_same()
    {
        var dashed = LogFixtures.WindowsUpdate.Replace("2024/03/01", "2024-03-01", StringComparison.Ordinal);

        var entries = LogFixtures.Read(LogFixtures.Utf8(dashed, byteOrderMark: true), "WindowsUpdate.log");

        Assert.That(entries.Select(e => (e.Line, e.Time, e.Component, e.Text)),
            Is.EqualTo(LogFixtures.Read(LogFixtures.WindowsUpdate, "WindowsUpdate.log").Select(e => (e.Line, e.Time, e.Component, e.Text))));
    }

    [Test]
    public void The_classic_tab_separated_format_is_read_too()
    {
        var entries = LogFixtures.Read(LogFixtures.WindowsUpdateClassic, "WindowsUpdate.log");

        Assert.That(entries.Select(e => e.Component), Is.EqualTo(new[] { "Agent", "Misc", "Setup" }));
        Assert.That(entries[0].Text, Is.EqualTo("  * Online = Yes; Ignore download priority = No"));
        Assert.That(entries[1].Time, Is.EqualTo(new DateTimeOffset(2016, 9, 8, 10, 48, 43, 109, TimeSpan.Zero)));
        Assert.That(entries[2].Text, Is.EqualTo("FATAL: SelfUpdate check failed, err = 0x80072EE2"));
    }

    [Test]
    public void The_format_is_recognised_without_the_file_name()
    {
        Assert.That(LogFixtures.Read(LogFixtures.WindowsUpdate, "pc42.txt").Select(e => e.Kind), Is.All.EqualTo(LogKind.WindowsUpdate));
        Assert.That(LogFixtures.Read(LogFixtures.WindowsUpdateClassic, "pc42.txt").Select(e => e.Kind), Is.All.EqualTo(LogKind.WindowsUpdate));
    }
}
