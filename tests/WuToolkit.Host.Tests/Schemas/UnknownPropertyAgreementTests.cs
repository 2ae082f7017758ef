using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Tests.Snapshots;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary>The schema and the strict reader agree: a member neither knows (a typo in a hand-written snapshot, or a
/// section a newer wutk wrote) is refused by both, wherever it is; the tolerant reader skips it and says so.</summary>
public class UnknownPropertyAgreementTests
{
    [TestCase("$", "servicesCompleat")]
    [TestCase("$.services[0]", "startTyp")]
    [TestCase("$.os", "edition")]
    [TestCase("$.clockOffsets[1]", "offsetMs")]
    public void An_unknown_property_is_refused_by_the_schema_and_the_strict_reader_and_named_by_the_tolerant_one(string where, string name)
    {
        var json = JsonNode.Parse(SnapshotExamples.Utf8(SnapshotExamples.Full()))!;
        Locate(json, where)[name] = 1;
        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());

        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, json.ToJsonString()), Is.Not.Empty, "the schema accepted it");
        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotReader.Read(bytes, "pc.json", new SnapshotReadOptions { Strict = true }));
        Assert.That(refused.Message, Does.Contain("pc.json").And.Contain(name).And.Not.Contain("\n"));

        var read = SnapshotReader.Read(bytes, "pc.json");
        Assert.That(read.Warnings, Has.Count.EqualTo(1));
        Assert.That(read.Warnings[0], Does.Contain("pc.json").And.Contain(name));
        Assert.That(SnapshotExamples.Utf8(read.Snapshot), Is.EqualTo(SnapshotExamples.Utf8(SnapshotExamples.Full())), "everything else is read");
    }

    [Test]
    public void The_same_snapshot_without_the_unknown_property_is_accepted_by_both()
    {
        var bytes = SnapshotExamples.Utf8(SnapshotExamples.Full());

        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, Encoding.UTF8.GetString(bytes)), Is.Empty);
        Assert.That(SnapshotReader.Read(bytes, "pc.json", new SnapshotReadOptions { Strict = true }).Warnings, Is.Empty);
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
