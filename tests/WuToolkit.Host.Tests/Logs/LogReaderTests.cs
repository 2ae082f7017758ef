using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

public class LogReaderTests
{
    [Test]
    public void A_folder_a_missing_file_are_refused_with_a_one_line_message_naming_them()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("CBS.log");

        var isFolder = Assert.Throws<LogFormatException>(() => LogReader.Read(folder.Path));
        var notThere = Assert.Throws<LogFormatException>(() => LogReader.Read(missing));
        var notOpened = Assert.Throws<LogFormatException>(() => LogReader.Open(missing));

        Assert.That(isFolder.Message, Does.Contain(folder.Path));
        Assert.That(notThere.Message, Does.Contain(missing));
        Assert.That(notOpened.Message, Is.EqualTo(notThere.Message));
        Assert.That(new[] { isFolder.Message, notThere.Message }, Has.None.Contains("\n"));
    }

    [Test]
    public void Open_tells_kind_and_encoding_and_the_entries_go_on_from_the_same_opening()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("copy-of-cbs.txt");
        File.WriteAllBytes(path, LogFixtures.Encode(LogFixtures.Cbs, System.Text.Encoding.Unicode, byteOrderMark: true));

        using var file = LogReader.Open(path);

        Assert.That((file.Path, file.Kind, file.EncodingName, file.IsEmpty, file.IsStream), Is.EqualTo((path, LogKind.Cbs, "utf-16", false, false)));
        var entries = file.Entries().ToList();
        Assert.That(entries, Has.Count.EqualTo(6));
        Assert.That(entries.Select(e => e.Line), Is.EqualTo(LogReader.Read(path).Select(e => e.Line)));
        Assert.That(entries.Select(e => e.File), Is.All.EqualTo(path));
        Assert.That(() => file.Entries(), Throws.InvalidOperationException, "a log may be a pipe: its entries are read once");
    }

    [Test]
    public void A_stream_that_cannot_be_read_twice_gives_every_entry_after_its_kind_was_told()
    {
        // More than the 64 KiB sample: opened twice, the entries started after the sample.
        var text = string.Concat(Enumerable.Repeat(LogFixtures.Dism, 200));
        using var once = new ReadOnceStream(LogFixtures.Utf8(text, byteOrderMark: false));

        using var file = LogReader.Open(once, "pasted.txt");

        Assert.That((file.Kind, file.IsStream), Is.EqualTo((LogKind.Dism, true)));
        Assert.That(file.Entries().Count(), Is.EqualTo(LogFixtures.Read(text, "dism.log").Count));
    }

    [Test]
    public void A_kind_given_by_the_caller_wins()
    {
        var entries = LogFixtures.Read(LogFixtures.Cbs, "CBS.log", new LogReadOptions { Kind = LogKind.Unknown });

        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(LogKind.Unknown));
        Assert.That(entries, Has.Count.EqualTo(8), "no folding: every line is an entry of its own");
        Assert.That(entries[0].Component, Is.EqualTo("CBS"), "a timestamped line still gets its fields");
    }

    [Test]
    public void Unknown_text_is_read_as_raw_lines()
    {
        var entries = LogFixtures.Read("first line\r\n\r\n  second line  \r\n", "notes.txt");

        Assert.That(entries.Select(e => (e.Kind, e.Line, e.Time, e.Level, e.Component, e.Text)), Is.EqualTo(new[]
        {
            (LogKind.Unknown, 1L, (DateTimeOffset?)null, "", "", "first line"),
            (LogKind.Unknown, 3L, (DateTimeOffset?)null, "", "", "  second line"),
        }));
    }

    [Test]
    public void Empty_input_gives_no_entries()
    {
        Assert.That(LogFixtures.Read([], "CBS.log"), Is.Empty);
        Assert.That(LogFixtures.Read([0xEF, 0xBB, 0xBF], "CBS.log"), Is.Empty);
        Assert.That(LogFixtures.Read([], "events.xml"), Is.Empty);
    }

    [Test]
    public void Cancellation_stops_the_reading()
    {
        using var cancel = new CancellationTokenSource();
        using var stream = new RepeatingStream(10_000_000);
        var read = 0;

        Assert.That(
            () =>
            {
                foreach (var entry in LogReader.Read(stream, "CBS.log", cancellationToken: cancel.Token))
                {
                    if (++read == 5000)
                    {
                        cancel.Cancel();
                    }
                }
            },
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(read, Is.LessThan(100_000));
    }

    [Test]
    public void Stopping_early_stops_the_reading()
    {
        using var stream = new RepeatingStream(100_000_000);

        var first = LogReader.Read(stream, "CBS.log").Take(10).ToList();
        var position = stream.Produced;
        Thread.Sleep(200);

        Assert.That(first, Has.Count.EqualTo(10));
        Assert.That(stream.Produced, Is.EqualTo(position), "nothing is read after the enumeration ended");
        Assert.That(position, Is.LessThan(10_000_000));
    }

    [Test]
    public void Nothing_is_read_before_the_enumeration_starts()
    {
        using var stream = new RepeatingStream(3_000_000);

        var entries = LogReader.Read(stream, "CBS.log");
        Assert.That(stream.Produced, Is.Zero);

        Assert.That(entries.Count(), Is.GreaterThan(20_000));
        Assert.That(stream.Produced, Is.EqualTo(3_000_000));
    }

    [Test]
    public void An_exception_while_reading_reaches_the_caller()
    {
        using var stream = new RepeatingStream(1_000_000) { FailAfter = 500_000 };

        Assert.Throws<IOException>(() => LogReader.Read(stream, "CBS.log").Count());
    }
}
