using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Tests.Snapshots;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary>What wutk writes as a snapshot is what the published schema describes.</summary>
public class WrittenSnapshotSchemaTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(SnapshotExamples.Full()).SetArgDisplayNames("every section filled");
        yield return new TestCaseData(SnapshotExamples.HeaderOnly()).SetArgDisplayNames("nothing recorded");
        yield return new TestCaseData((SnapshotExamples.FullPc() with { ServicesComplete = true, Services = [] }).ToSnapshot())
            .SetArgDisplayNames("no services at all");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task A_snapshot_written_by_wutk_validates_against_the_snapshot_schema(Snapshot document)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");

        await SnapshotText.WriteAsync(document, file);

        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, await File.ReadAllTextAsync(file)), Is.Empty);
    }
}
