using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>CBS.log, DISM.log, setupact.log and setuperr.log share one line shape.</summary>
public class ServicingLogTests
{
    [Test]
    public void Cbs_lines_give_time_level_component_and_message()
    {
        var entries = LogFixtures.Read(LogFixtures.Cbs, "CBS.log");

        Assert.That(entries, Has.Count.EqualTo(6));
        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(LogKind.Cbs));
        Assert.That(entries.Select(e => e.File), Is.All.EqualTo("CBS.log"));
        var first = entries[0];
        Assert.That(first.Time, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 10, 0, 1, TimeSpan.Zero)));
        Assert.That((first.Line, first.Level, first.Component), Is.EqualTo((1L, "Info", "CBS")));
        Assert.That(first.Text, Is.EqualTo("Session: 1_1 initialized by client WindowsUpdateAgent."));
        Assert.That((entries[2].Line, entries[2].Level, entries[2].Component), Is.EqualTo((5L, "Error", "CSI")));
        Assert.That(entries[5].Level, Is.EqualTo("Warning"));
    }

    [Test]
    public void Continuation_lines_fold_into_the_entry_before_them()
    {
        var hashes = LogFixtures.Read(LogFixtures.Cbs, "CBS.log")[1];

        Assert.That(hashes.Line, Is.EqualTo(2), "the line of the entry's first line");
        Assert.That(hashes.Text, Is.EqualTo("00000001 Hashes for file member [l:9]'demo.dll' do not match.\n Expected: {l:32 b:00}.\n Actual: {l:32 b:11}."));
    }

    [Test]
    public void Tabs_inside_and_before_a_message_are_kept()
    {
        var entries = LogFixtures.Read(LogFixtures.Cbs, "CBS.log");

        Assert.That(entries[3].Text, Is.EqualTo("(p)\tCSI Payload Corrupt\t(w)\t(Fixed)\tamd64_demo\\demo.dll"));
        Assert.That(entries[4].Text, Is.EqualTo("\tCSI Payload Corruption:\t1"));
    }

    [Test]
    public void Dism_WIM_lines_without_a_timestamp_are_entries_of_their_own()
    {
        var entries = LogFixtures.Read(LogFixtures.Dism, "dism.log");

        Assert.That(entries, Has.Count.EqualTo(4));
        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(LogKind.Dism));
        Assert.That(entries[0].Time, Is.Null);
        Assert.That(entries[0].Text, Is.EqualTo("[1234.5678] Mounting new image.\nWim:         [C:\\demo\\install.wim]\nImage Index: [6]"));
        Assert.That((entries[1].Line, entries[1].Component), Is.EqualTo((4L, "DISM")));
    }

    [Test]
    public void A_blank_component_column_stays_blank()
    {
        var blank = LogFixtures.Read(LogFixtures.Dism, "dism.log")[2];

        Assert.That((blank.Level, blank.Component), Is.EqualTo(("Error", "")));
        Assert.That(blank.Text, Is.EqualTo("EnumeratePathEx: FindFirstFile failed. GLE = 0x3[gle=0x00000003]"));
    }

    [Test]
    public void Setup_lines_drop_the_message_id_and_keep_the_indentation()
    {
        var entries = LogFixtures.Read(LogFixtures.SetupAct, "setupact.log");

        Assert.That(entries.Select(e => (e.Level, e.Component)), Is.EqualTo(new[]
        {
            ("Info", "SP"), ("Info", "IBSLIB"), ("Warning", "IBSLIB"), ("Error", "SP"), ("Warning", ""), ("Error", "MOUPG"),
        }));
        Assert.That(entries[1].Text, Is.EqualTo("PublishMessage: Publishing message [Rollback started]"));
        Assert.That(entries[3].Text, Is.EqualTo("    CApplyWIM: Failure while applying image 6. Error 0x80070570[gle=0x00000570]"));
        Assert.That(entries[4].Text, Does.StartWith("ShouldCheckTPMAndCPU:"));
    }

    [Test]
    public void Setuperr_is_its_own_kind()
    {
        var entries = LogFixtures.Read("2019-03-29 00:32:48, Error      [0x0606ae] IBS    [SetupCl library] Required profile hive does not exist.\n", "setuperr.log");

        Assert.That(entries.Single().Kind, Is.EqualTo(LogKind.SetupErr));
        Assert.That(entries.Single().Component, Is.EqualTo("IBS"));
        Assert.That(entries.Single().Text, Is.EqualTo("[SetupCl library] Required profile hive does not exist."));
    }

    [Test]
    public void Lines_that_do_not_keep_the_columns_are_read_by_words()
    {
        var entries = LogFixtures.Read(
            "2024-03-01 10:00:01, Info CBS message after single spaces\n" +
            "2024-03-01 10:00:02, Error\n" +
            "2024-03-01 10:00:03, Info                  SETUPUGC something wide\n",
            "CBS.log");

        Assert.That(entries.Select(e => (e.Level, e.Component, e.Text)), Is.EqualTo(new[]
        {
            ("Info", "CBS", "message after single spaces"), ("Error", "", ""), ("Info", "SETUPUGC", "something wide"),
        }));
    }

    [Test]
    public void A_date_that_does_not_exist_is_not_a_timestamp()
    {
        var entries = LogFixtures.Read(
            "2024-03-01 10:00:01, Info                  CBS    first\n" +
            "2024-13-45 99:00:01, Info                  CBS    not a date, so a continuation\n",
            "CBS.log");

        Assert.That(entries.Single().Text, Is.EqualTo("first\n2024-13-45 99:00:01, Info                  CBS    not a date, so a continuation"));
    }

    [Test]
    public void A_truncated_last_line_is_still_an_entry()
    {
        var entries = LogFixtures.Read("2024-03-01 10:00:01, Info                  CBS    whole\r\n2024-03-01 10:00:02, Info                  CBS    cut sh", "CBS.log");

        Assert.That(entries.Select(e => e.Text), Is.EqualTo(new[] { "whole", "cut sh" }));
    }

    [Test]
    public void Entries_and_lines_beyond_the_limits_are_cut_and_say_so()
    {
        var options = new LogReadOptions { MaxLineChars = 100, MaxEntryChars = 300 };
        var longLine = "2024-03-01 10:00:01, Info                  CBS    " + new string('x', 500);
        var manyLines = string.Concat(Enumerable.Repeat("continuation line of forty characters..\n", 50));

        var cut = LogFixtures.Read(longLine + "\n", "CBS.log", options).Single();
        var capped = LogFixtures.Read("2024-03-01 10:00:01, Info                  CBS    head\n" + manyLines, "CBS.log", options).Single();

        Assert.That(cut.Text, Does.StartWith(new string('x', 50)));
        Assert.That(cut.Text, Does.Contain("100"), "the note names the limit");
        Assert.That(cut.Text, Has.Length.LessThan(200));
        Assert.That(capped.Text, Has.Length.LessThan(400));
        Assert.That(capped.Text, Does.EndWith("]"), "the entry says it was cut");
    }
}
