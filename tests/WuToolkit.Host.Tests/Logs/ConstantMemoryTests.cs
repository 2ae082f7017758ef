using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>
/// Multi-gigabyte logs must stream. A ~200 MB CBS.log is made up on the fly (no disk) and read through; the
/// live heap, measured after forced collections along the way, must stay a small fraction of what was read.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public class ConstantMemoryTests
{
    private const long FileBytes = 200L * 1024 * 1024;
    private const long LiveHeapBound = 32L * 1024 * 1024;

    [Test]
    public void A_200_MB_log_streams_in_a_bounded_heap()
    {
        using var stream = new RepeatingStream(FileBytes);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long entries = 0, peak = 0;

        foreach (var entry in LogReader.Read(stream, "CBS.log"))
        {
            if (++entries % 200_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        Assert.That(stream.Produced, Is.EqualTo(FileBytes), "the whole file was read");
        Assert.That(entries, Is.GreaterThan(1_000_000));
        Assert.That(peak, Is.LessThan(LiveHeapBound), $"live heap grew by {peak / (1024 * 1024)} MB while reading {FileBytes / (1024 * 1024)} MB");
    }

    [Test]
    public void A_100_MB_run_of_NUL_bytes_or_of_one_endless_line_is_read_in_a_bounded_heap()
    {
        using var zeros = new RepeatingStream(100L * 1024 * 1024, new byte[4096]);
        using var endless = new RepeatingStream(100L * 1024 * 1024, "x"u8.ToArray());
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var fromZeros = LogReader.Read(zeros, "CBS.log").Count();
        var fromEndless = LogReader.Read(endless, "CBS.log").ToList();
        var grown = GC.GetTotalMemory(forceFullCollection: true) - baseline;

        Assert.That(fromZeros, Is.Zero, "NUL bytes are blank, not entries");
        Assert.That(fromEndless, Has.Count.EqualTo(1), "one line, cut at the limit");
        Assert.That(fromEndless[0].Text.Length, Is.LessThan(LogReadOptions.Default.MaxLineChars + 100));
        Assert.That(grown, Is.LessThan(LiveHeapBound));
    }

    [TestCase("events.xml")]
    [TestCase("SetupDiagResults.xml")]
    [TestCase("CompatData.xml")]
    [TestCase("SetupDiagResults.json")]
    public void Endless_nesting_or_an_endless_tag_ends_early_in_a_bounded_heap(string name)
    {
        using var nested = new RepeatingStream(50L * 1024 * 1024, name.EndsWith(".json", StringComparison.Ordinal) ? "{\"a\":["u8.ToArray() : "<Event>"u8.ToArray());
        using var endlessTag = new RepeatingStream(50L * 1024 * 1024, "y"u8.ToArray()) { Prefix = "<Event a=\"x"u8.ToArray() };
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var fromNested = LogReader.Read(nested, name).Count();
        var fromEndlessTag = LogReader.Read(endlessTag, name).Count();
        var grown = GC.GetTotalMemory(forceFullCollection: true) - baseline;

        Assert.That(fromNested + fromEndlessTag, Is.LessThan(1000));
        Assert.That(grown, Is.LessThan(LiveHeapBound));
    }
}
