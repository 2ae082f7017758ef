using System.Text;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>Values no PC can have are refused while the snapshot is read, in one line naming the place, so a check never
/// judges them: negative sizes ("Only -0.0 GB free"), more free space than the volume holds, dates from before Windows
/// or after 2099 (an update "-155882 days old" passing as recent), dates without an offset, enum names in another case,
/// the same member twice.</summary>
public class SnapshotSenseTests
{
    private const string Header = """
        {
          "format": "wutk-snapshot",
          "version": 1,
          "collectedUtc": "2024-03-12T08:30:00+00:00",
        """;

    private static string Refused(string body, string? header = null) =>
        Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(Encoding.UTF8.GetBytes((header ?? Header) + "\n" + body + "\n}"), "pc.json"))!.Message;

    [TestCase("\"systemVolume\": { \"name\": \"C:\\\\\", \"fileSystem\": \"NTFS\", \"totalBytes\": 100, \"freeBytes\": -1 }", "$.systemVolume.freeBytes", "must not be negative")]
    [TestCase("\"systemVolume\": { \"name\": \"C:\\\\\", \"fileSystem\": \"NTFS\", \"totalBytes\": -100, \"freeBytes\": 0 }", "$.systemVolume.totalBytes", "must not be negative")]
    [TestCase("\"systemVolume\": { \"name\": \"C:\\\\\", \"fileSystem\": \"NTFS\", \"totalBytes\": 100, \"freeBytes\": 200 }", "$.systemVolume", "freeBytes is more than totalBytes")]
    [TestCase("\"hardware\": { \"memoryBytes\": -8, \"processorName\": \"x\", \"logicalProcessors\": 4, \"architecture\": \"x64\" }", "$.hardware.memoryBytes", "must not be negative")]
    [TestCase("\"hardware\": { \"memoryBytes\": 8, \"processorName\": \"x\", \"logicalProcessors\": 0, \"architecture\": \"x64\" }", "$.hardware.logicalProcessors", "must be from 1")]
    [TestCase("\"paths\": [ { \"path\": \"C:\\\\x\", \"exists\": true, \"sizeBytes\": -5 } ]", "$.paths[0].sizeBytes", "must not be negative")]
    [TestCase("\"http\": [ { \"url\": \"https://x.test/\", \"statusCode\": 9999 } ]", "$.http[0].statusCode", "must be from 100 to 599")]
    [TestCase("\"services\": [ { \"name\": \"wuauserv\", \"displayName\": \"Windows Update\", \"startType\": \"disabled\", \"state\": \"Stopped\" } ]", "$.services[0].startType", "Disabled")]
    [TestCase("\"updateHistory\": [ { \"title\": \"t\", \"kbId\": null, \"date\": \"1600-01-01T00:00:00+00:00\", \"operation\": \"Installation\", \"result\": \"Succeeded\", \"hResult\": 0 } ]", "$.updateHistory[0].date", "from 1985 to 2099")]
    [TestCase("\"updateHistory\": [ { \"title\": \"t\", \"kbId\": null, \"date\": \"9999-12-31T00:00:00+00:00\", \"operation\": \"Installation\", \"result\": \"Succeeded\", \"hResult\": 0 } ]", "$.updateHistory[0].date", "from 1985 to 2099")]
    [TestCase("\"updateHistory\": [ { \"title\": \"t\", \"kbId\": null, \"date\": \"2024-03-01T10:00:00\", \"operation\": \"Installation\", \"result\": \"Succeeded\", \"hResult\": 0 } ]", "$.updateHistory[0].date", "with an offset")]
    [TestCase("\"paths\": [ { \"path\": \"C:\\\\x\", \"exists\": true, \"newestWriteUtc\": \"2024-03-01\" } ]", "$.paths[0].newestWriteUtc", "with an offset")]
    public void A_value_no_pc_can_have_is_refused_naming_its_place(string member, string path, string why)
    {
        var message = Refused(member);

        Assert.That(message, Does.StartWith("snapshot 'pc.json' is not valid at line ").And.Contain($"({path})").And.Contain(why).And.Not.Contain("\n"));
    }

    [TestCase("1600-01-01T00:00:00+00:00")]
    [TestCase("9999-12-31T23:59:59Z")]
    [TestCase("2024-03-12T08:30:00")]
    [TestCase("12/03/2024 08:30")]
    public void A_collection_time_no_pc_can_have_is_refused(string collected)
    {
        var header = Header.Replace("2024-03-12T08:30:00+00:00", collected, StringComparison.Ordinal);

        Assert.That(Refused("\"os\": null", header), Does.Contain("$.collectedUtc"));
    }

    [TestCase("{ \"format\": \"wutk-snapshot\", \"version\": 1, \"version\": 2, \"collectedUtc\": \"2024-03-12T08:30:00+00:00\" }")]
    [TestCase("{ \"format\": \"wutk-snapshot\", \"version\": 1, \"collectedUtc\": \"2024-03-12T08:30:00+00:00\", \"os\": { \"productName\": \"a\", \"productName\": \"b\", \"version\": \"10.0\", \"build\": 1, \"revision\": 0, \"architecture\": \"x64\" } }")]
    public void The_same_member_twice_is_refused_rather_than_one_silently_winning(string json)
    {
        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(Encoding.UTF8.GetBytes(json), "pc.json"));

        Assert.That(refused!.Message, Does.StartWith("snapshot 'pc.json'").And.Not.Contain("\n"));
    }

    [Test]
    public async Task Through_the_command_line_a_nonsense_value_exits_65_in_one_line()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");
        await File.WriteAllTextAsync(file, Header + "\n\"systemVolume\": { \"name\": \"C:\\\\\", \"fileSystem\": \"NTFS\", \"totalBytes\": 100, \"freeBytes\": -1 }\n}");

        var result = await Support.Cli.RunAsync("run", "--snapshot", file);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
    }
}
