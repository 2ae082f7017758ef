using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WuToolkit.Host.Machines.Snapshots;
using WuToolkit.Host.Tests.Snapshots;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary>The schema and the reader agree: a member neither knows (a typo in a hand-written snapshot) is
/// refused by both, wherever it is, rather than read as a section that was not recorded.</summary>
public class UnknownPropertyAgreementTests
{
    [TestCase("$", "servicesCompleat")]
    [TestCase("$.services[0]", "startTyp")]
    [TestCase("$.os", "edition")]
    [TestCase("$.clockOffsets[1]", "offsetMs")]
    public void An_unknown_property_is_refused_by_the_schema_and_by_the_reader(string where, string name)
    {
        var json = JsonSerializer.SerializeToNode(SnapshotExamples.Full(), SnapshotJson.Options)!;
        Locate(json, where)[name] = 1;
        var text = json.ToJsonString();

        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, text), Is.Not.Empty, "the schema accepted it");
        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotFile.Parse(Encoding.UTF8.GetBytes(text), "pc.json"));
        Assert.That(refused.Message, Does.Contain("pc.json").And.Contain(name));
    }

    [Test]
    public void The_same_snapshot_without_the_unknown_property_is_accepted_by_both()
    {
        var text = JsonSerializer.Serialize(SnapshotExamples.Full(), SnapshotJson.Options);

        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, text), Is.Empty);
        Assert.That(() => SnapshotFile.Parse(Encoding.UTF8.GetBytes(text), "pc.json"), Throws.Nothing);
    }

    private static JsonObject Locate(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0
                ? node[step]!
                : node[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node.AsObject();
    }
}
