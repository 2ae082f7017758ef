using System.Text.Json;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Tests.Snapshots;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary><c>wutk run --format json</c> writes what run-v1.schema.json describes.</summary>
public class RunOutputSchemaTests
{
    private static IEnumerable<TestCaseData> Snapshots()
    {
        yield return new TestCaseData(SnapshotExamples.Full()).SetArgDisplayNames("a broken PC");
        yield return new TestCaseData(SnapshotExamples.HeaderOnly()).SetArgDisplayNames("nothing recorded, so everything skipped");
    }

    [TestCaseSource(nameof(Snapshots))]
    public async Task Run_output_for_a_snapshot_validates_against_the_run_schema(Snapshot snapshot)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");
        await SnapshotText.WriteAsync(snapshot, file);

        var result = await Support.Cli.RunAsync("run", "--format", "json", "--snapshot", file);

        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, result.Output), Is.Empty, result.Error);
        using var output = JsonDocument.Parse(result.Output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(output.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(result.ExitCode));
            Assert.That(output.RootElement.GetProperty("machine").GetProperty("source").GetString(), Is.EqualTo(file));
            Assert.That(output.RootElement.GetProperty("results").GetArrayLength(), Is.GreaterThan(1), "the bundled checks and wutk.plugins");
        }
    }
}
