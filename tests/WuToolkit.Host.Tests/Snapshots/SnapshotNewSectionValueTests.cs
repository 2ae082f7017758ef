using System.Text;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>The sections of SDK 1.1 (disk layout, BitLocker, Range requests, downloads, processor, devices) refuse values no
/// PC can have, in one line naming the line, column and path, as the first sections do; the schema refuses them too where
/// a schema can say it (free space above the partition's size needs both members, so only the reader sees it). Values at
/// the edge of what is possible are accepted by both.</summary>
public class SnapshotNewSectionValueTests
{
    private const string Header = """
        {
          "format": "wutk-snapshot",
          "version": 1,
          "collectedUtc": "2024-03-12T08:30:00+00:00",
        """;

    private static string Document(string body) => Header + "\n" + body + "\n}";

    private static string Refused(string body) =>
        Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(Encoding.UTF8.GetBytes(Document(body)), "pc.json"))!.Message;

    private static string Disk(string partition, long diskSize = 512_000_000_000) =>
        $"\"systemDisk\": {{ \"partitionStyle\": \"Gpt\", \"sizeBytes\": {diskSize}, \"partitions\": [ {{ \"number\": 1, \"role\": \"EfiSystem\", \"sizeBytes\": 104857600, \"freeBytes\": 70000000 }}, {partition} ] }}";

    private static string Processor(string member) =>
        $"\"processor\": {{ \"name\": \"Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz\", \"architecture\": \"x64\", \"logicalProcessors\": 8, {member} }}";

    private static string Encryption(string member) => $"\"systemVolumeEncryption\": {{ \"protection\": \"On\", {member} }}";

    [TestCase("\"systemDisk\": { \"partitionStyle\": \"Gpt\", \"sizeBytes\": -1 }", "$.systemDisk.sizeBytes", "must not be negative")]
    [TestCase("{ \"number\": 2, \"role\": \"Windows\", \"sizeBytes\": -5 }", "$.systemDisk.partitions[1].sizeBytes", "must not be negative")]
    [TestCase("{ \"number\": 2, \"role\": \"Windows\", \"sizeBytes\": 100, \"freeBytes\": -1 }", "$.systemDisk.partitions[1].freeBytes", "must not be negative")]
    [TestCase("{ \"number\": 0, \"role\": \"Windows\", \"sizeBytes\": 100 }", "$.systemDisk.partitions[1].number", "must be from 1")]
    [TestCase("{ \"number\": -3, \"role\": \"Windows\", \"sizeBytes\": 100 }", "$.systemDisk.partitions[1].number", "must be from 1")]
    [TestCase("{ \"number\": 2, \"role\": \"Windows\", \"sizeBytes\": 100, \"freeBytes\": 101 }", "$.systemDisk.partitions[1]", "freeBytes is more than sizeBytes")]
    public void A_disk_layout_no_disk_can_have_is_refused(string memberOrPartition, string path, string why)
    {
        var body = memberOrPartition.StartsWith("\"systemDisk\"", StringComparison.Ordinal) ? memberOrPartition : Disk(memberOrPartition);

        AssertRefused(body, path, why, schemaCanTell: why != "freeBytes is more than sizeBytes");
    }

    [TestCase("\"encryptedPercent\": -0.5", "$.systemVolumeEncryption.encryptedPercent", "must be from 0 to 100")]
    [TestCase("\"encryptedPercent\": 100.01", "$.systemVolumeEncryption.encryptedPercent", "must be from 0 to 100")]
    [TestCase("\"suspendedForRestarts\": -1", "$.systemVolumeEncryption.suspendedForRestarts", "must not be negative")]
    public void A_bitlocker_state_no_volume_can_have_is_refused(string member, string path, string why) =>
        AssertRefused(Encryption(member), path, why);

    [TestCase("\"rangeProbes\": [ { \"url\": \"http://x.test/a.cab\", \"statusCode\": 99 } ]", "$.rangeProbes[0].statusCode", "must be from 100 to 599")]
    [TestCase("\"rangeProbes\": [ { \"url\": \"http://x.test/a.cab\", \"statusCode\": 600 } ]", "$.rangeProbes[0].statusCode", "must be from 100 to 599")]
    [TestCase("\"downloads\": [ { \"url\": \"http://x.test/a.cab\", \"bytes\": -1, \"elapsedMilliseconds\": 10 } ]", "$.downloads[0].bytes", "must not be negative")]
    [TestCase("\"downloads\": [ { \"url\": \"http://x.test/a.cab\", \"bytes\": 1, \"elapsedMilliseconds\": -0.1 } ]", "$.downloads[0].elapsedMilliseconds", "must not be negative")]
    public void A_network_answer_no_server_can_give_is_refused(string member, string path, string why) =>
        AssertRefused(member, path, why);

    [TestCase("\"logicalProcessors\": 0", "must be from 1 to 65536")]
    [TestCase("\"logicalProcessors\": 65537", "must be from 1 to 65536")]
    [TestCase("\"family\": -6", "must not be negative")]
    [TestCase("\"model\": -1", "must not be negative")]
    [TestCase("\"stepping\": -1", "must not be negative")]
    [TestCase("\"cores\": -2", "must not be negative")]
    [TestCase("\"maxClockMHz\": -1600", "must not be negative")]
    public void A_processor_that_cannot_exist_is_refused(string member, string why)
    {
        var name = member[1..member.IndexOf('"', 1)];
        var body = name == "logicalProcessors"
            ? Processor("\"cores\": 4").Replace("\"logicalProcessors\": 8", member, StringComparison.Ordinal)
            : Processor(member);

        AssertRefused(body, $"$.processor.{name}", why);
    }

    [TestCase(0)]
    [TestCase(-28)]
    public void A_device_problem_code_of_zero_or_less_is_refused(int code) =>
        AssertRefused(
            $"\"problemDevices\": [ {{ \"name\": \"PCI Simple Communications Controller\", \"deviceId\": \"PCI\\\\VEN_8086&DEV_9D3A\", \"problemCode\": {code} }} ]",
            "$.problemDevices[0].problemCode",
            "must be from 1 (0 means no problem");

    [Test]
    public void Values_at_the_edge_of_what_a_pc_can_have_are_accepted_by_the_reader_and_the_schema()
    {
        var json = Document(string.Join(",\n", [
            Disk("{ \"number\": 2, \"role\": \"Windows\", \"sizeBytes\": 0, \"freeBytes\": 0 }, { \"number\": 3, \"role\": \"Recovery\", \"sizeBytes\": 700000000, \"freeBytes\": 700000000 }, { \"number\": 4, \"role\": \"Data\", \"sizeBytes\": 5, \"freeBytes\": null }"),
            Encryption("\"encryptedPercent\": 100, \"conversionInProgress\": false, \"suspendedForRestarts\": 0"),
            "\"rangeProbes\": [ { \"url\": \"http://x.test/a.cab\", \"statusCode\": 100, \"rangeHonoured\": false }, { \"url\": \"http://x.test/b.cab\", \"statusCode\": 599 }, { \"url\": \"http://x.test/c.cab\", \"statusCode\": null, \"error\": \"refused\" } ]",
            "\"downloads\": [ { \"url\": \"http://x.test/a.cab\", \"bytes\": 0, \"elapsedMilliseconds\": 0, \"error\": \"no data\" } ]",
            Processor("\"family\": 0, \"model\": 0, \"stepping\": 0, \"cores\": 0, \"maxClockMHz\": 0").Replace("\"logicalProcessors\": 8", "\"logicalProcessors\": 65536", StringComparison.Ordinal),
            "\"problemDevices\": [ { \"name\": \"Unknown device\", \"deviceId\": \"ROOT\\\\UNKNOWN\\\\0000\", \"problemCode\": 1 } ]",
        ]));

        Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, json), Is.Empty);
        var snapshot = SnapshotText.Parse(Encoding.UTF8.GetBytes(json), "pc.json");
        Assert.That(snapshot.AnswersTo(MachineQuestions.Processor).Single().Value.LogicalProcessors, Is.EqualTo(65_536));
        Assert.That(snapshot.AnswersTo(MachineQuestions.SystemDisk).Single().Value.Partitions, Has.Count.EqualTo(4));
        Assert.That(snapshot.AnswersTo(MachineQuestions.RangeProbe), Has.Count.EqualTo(3));
    }

    private static void AssertRefused(string body, string path, string why, bool schemaCanTell = true)
    {
        var message = Refused(body);

        Assert.That(message, Does.Match(@"^snapshot 'pc\.json' is not valid at line \d+, column \d+ ").And.Contain($"({path})").And.Contain(why).And.Not.Contain("\n"));
        var schemaErrors = SchemaFiles.Errors(SchemaFiles.Snapshot, Document(body));
        if (schemaCanTell)
        {
            Assert.That(schemaErrors, Is.Not.Empty, "the schema accepted what the reader refuses");
        }
        else
        {
            Assert.That(schemaErrors, Is.Empty, "a rule across two members is the reader's alone");
        }
    }
}
