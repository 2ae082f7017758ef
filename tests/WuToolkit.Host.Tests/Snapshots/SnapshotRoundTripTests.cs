using System.Text.Json;
using WuToolkit.Host.Machines.Snapshots;
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
    public async Task A_written_snapshot_reads_back_the_same(SnapshotDocument snapshot)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("sub", "pc.json");

        await SnapshotFile.WriteAsync(snapshot, file, CancellationToken.None);
        var read = await SnapshotFile.ReadAsync(file, CancellationToken.None);

        // Records holding lists compare their lists by reference, so compare what they say instead.
        Assert.That(JsonSerializer.Serialize(read, SnapshotJson.Options), Is.EqualTo(JsonSerializer.Serialize(snapshot, SnapshotJson.Options)));
        Assert.That(Directory.GetFiles(temp.Combine("sub")), Is.EqualTo(new[] { file }), "no temporary file is left beside it");
    }

    [Test]
    public void An_absent_section_is_left_out_not_written_as_null()
    {
        var json = JsonSerializer.Serialize(SnapshotExamples.HeaderOnly(), SnapshotJson.Options);

        Assert.That(json, Does.Not.Contain("null"));
    }
}
