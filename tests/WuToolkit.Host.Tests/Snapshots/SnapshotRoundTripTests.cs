using System.Text.Json;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>What wutk writes, wutk reads back unchanged, including every optional field left empty (a probe that
/// got no status code, a PC without a TPM, an update without a KB number).</summary>
public class SnapshotRoundTripTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(SnapshotExamples.Full()).SetArgDisplayNames("every section filled");
        yield return new TestCaseData(SnapshotExamples.HeaderOnly()).SetArgDisplayNames("nothing recorded");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task A_written_snapshot_reads_back_the_same(Snapshot snapshot)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("sub", "pc.json");

        await SnapshotText.WriteAsync(snapshot, file);
        var read = await SnapshotFile.ReadAsync(file, CancellationToken.None);

        // Records holding lists compare their lists by reference, so compare what they say instead.
        Assert.That(read.Warnings, Is.Empty);
        Assert.That(SnapshotExamples.Utf8(read.Snapshot), Is.EqualTo(SnapshotExamples.Utf8(snapshot)));
        Assert.That(Directory.GetFiles(temp.Combine("sub")), Is.EqualTo(new[] { file }), "no temporary file is left beside it");
    }

    [Test]
    public void An_absent_section_is_left_out_not_written_as_null()
    {
        var json = System.Text.Encoding.UTF8.GetString(SnapshotExamples.Utf8(SnapshotExamples.HeaderOnly()));

        Assert.That(json, Does.Not.Contain("null"));
    }
}
