using WuToolkit.Host.Machines.Snapshots;
using WuToolkit.Host.Tests.Snapshots;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary>What wutk writes as a snapshot is what the published schema describes.</summary>
public class WrittenSnapshotSchemaTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(SnapshotExamples.Full()).SetArgDisplayNames("every section filled");
        yield return new TestCaseData(SnapshotExamples.HeaderOnly()).SetArgDisplayNames("nothing recorded");
        yield return new TestCaseData(SnapshotExamples.Full() with { ServicesComplete = true, Services = [] })
            .SetArgDisplayNames("no services at all");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task A_snapshot_written_by_wutk_validates_against_the_snapshot_schema(SnapshotDocument document)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");

        await SnapshotFile.WriteAsync(document, file, CancellationToken.None);

        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, await File.ReadAllTextAsync(file)), Is.Empty);
    }
}
