using System.Text.Json;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Adversarial.Support;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Testing;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary>
/// A snapshot just under the size limit that holds over two hundred thousand failed updates (an attack, or a very sick PC)
/// costs bounded output and memory: summaries and tables are summarised with counts, not a line per entry. The real
/// process runs, so its peak memory is the operating system's figure.
/// </summary>
[Category("Slow")]
public class HugeSnapshotTests
{
    private const int Entries = 220_000;

    /// <summary>Generous: the file itself is ~58 MB and is parsed in memory; what must never return is the 1.4 GB a
    /// table of every entry took.</summary>
    private const long PeakBytes = 1024L * 1024 * 1024;

    [TestCase("json")]
    [TestCase("table")]
    public async Task Two_hundred_thousand_failed_updates_give_one_bounded_row(string format)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("huge.json");
        await WriteHugeSnapshotAsync(file);
        Assert.That(new FileInfo(file).Length, Is.GreaterThan(50_000_000).And.LessThan(SnapshotFile.MaxBytes));

        var result = await BoundedProcess.RunAsync(temp.Path, TimeSpan.FromMinutes(3), PeakBytes, "run", "catalog", "--snapshot", file, "--format", format);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        Assert.That(result.Output.Length, Is.LessThan(64 * 1024), "output stays a report, not a dump");
        Assert.That(result.PeakWorkingSet, Is.LessThan(PeakBytes), $"peak working set {result.PeakWorkingSet / 1024 / 1024} MB");
        if (format == "json")
        {
            using var document = JsonDocument.Parse(result.Output);
            var row = document.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "catalog.failed-updates");
            Assert.That(row.GetProperty("summary").GetString(), Does.Contain($"and {Entries - 3} more"));
        }
    }

    private static async Task WriteHugeSnapshotAsync(string file)
    {
        var collected = new DateTimeOffset(2024, 3, 12, 8, 30, 0, TimeSpan.Zero);
        var history = Enumerable.Range(0, Entries).Select(i => new UpdateHistoryEntry
        {
            Title = $"2024-02 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB{5_000_000 + i})",
            KbId = $"KB{5_000_000 + i}",
            Date = collected.AddMinutes(-i),
            Result = UpdateResult.Failed,
            HResult = unchecked((int)0x80070070),
        }).ToList();
        await SnapshotText.WriteAsync((TestPc.Empty with { Now = collected, UpdateHistory = history }).ToSnapshot(), file);
    }
}
