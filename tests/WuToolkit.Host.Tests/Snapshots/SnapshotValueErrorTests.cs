using System.Text;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>A value of the wrong kind in a well-formed snapshot is refused in one line naming the file, the line
/// and column, and the JSON path of the value, so a hand-written snapshot can be put right.</summary>
public class SnapshotValueErrorTests
{
    private const string Header = """
        {
          "format": "wutk-snapshot",
          "version": 1,
          "collectedUtc": "2024-03-12T08:30:00+00:00",
        """;

    private static string Refused(string body) =>
        Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(Encoding.UTF8.GetBytes(Header + "\n" + body + "\n}"), "pc.json"))!.Message;

    [Test]
    public void A_wrong_enum_value_names_the_line_column_and_path()
    {
        var message = Refused("""
              "services": [
                { "name": "wuauserv", "displayName": "Windows Update", "startType": "Off", "state": "Stopped" }
              ]
            """);

        Assert.That(message, Does.Match(@"^snapshot 'pc\.json' is not valid at line 6, column \d+ \(\$\.services\[0\]\.startType\): .+$"));
    }

    [TestCase("\"startType\": 4", "$.services[0].startType")]
    [TestCase("\"startType\": \"4\"", "$.services[0].startType")]
    [TestCase("\"state\": 1", "$.services[0].state")]
    public void A_number_for_an_enum_is_refused_because_it_could_only_be_a_guess(string member, string path)
    {
        // Windows numbers start types differently (4 is disabled for sc.exe): only the names are unambiguous.
        var service = "{ \"name\": \"wuauserv\", \"displayName\": \"Windows Update\", \"startType\": \"Manual\", \"state\": \"Stopped\" }";
        service = member.StartsWith("\"state\"", StringComparison.Ordinal)
            ? service.Replace("\"state\": \"Stopped\"", member, StringComparison.Ordinal)
            : service.Replace("\"startType\": \"Manual\"", member, StringComparison.Ordinal);

        Assert.That(Refused($"\"services\": [ {service} ]"), Does.Contain($"({path})"));
    }

    [TestCase("\"servicesComplete\": \"yes\"", "$.servicesComplete")]
    [TestCase("\"servicesComplete\": null", "$.servicesComplete")]
    [TestCase("\"systemVolume\": { \"name\": \"C:\\\\\", \"fileSystem\": \"NTFS\", \"totalBytes\": \"127000000000\", \"freeBytes\": 1 }", "$.systemVolume.totalBytes")]
    [TestCase("\"systemVolume\": { \"name\": \"C:\\\\\", \"fileSystem\": \"NTFS\", \"totalBytes\": 1.5, \"freeBytes\": 1 }", "$.systemVolume.totalBytes")]
    [TestCase("\"os\": \"Windows 10\"", "$.os")]
    [TestCase("\"services\": {}", "$.services")]
    [TestCase("\"absentServices\": [ 1 ]", "$.absentServices[0]")]
    [TestCase("\"hardware\": { \"memoryBytes\": 1, \"processorName\": \"x\", \"logicalProcessors\": 3000000000, \"architecture\": \"x64\" }", "$.hardware.logicalProcessors")]
    [TestCase("\"clockOffsets\": [ { \"server\": \"s\", \"offset\": \"a second\", \"roundTrip\": \"00:00:00.1\" } ]", "$.clockOffsets[0].offset")]
    [TestCase("\"paths\": [ { \"path\": \"C:\\\\\", \"exists\": true, \"newestWriteUtc\": \"yesterday\" } ]", "$.paths[0].newestWriteUtc")]
    [TestCase("\"services\": [ { \"name\": null, \"displayName\": \"x\", \"startType\": \"Manual\", \"state\": \"Stopped\" } ]", "$.services[0].name")]
    public void A_value_of_the_wrong_type_names_its_path(string member, string path)
    {
        var message = Refused(member);

        Assert.That(message, Does.StartWith("snapshot 'pc.json' is not valid at line ").And.Contain($"({path})").And.Not.Contain("\n"));
    }

    [TestCase("\"services\": [ null ]", "$.services[0]")]
    [TestCase("\"absentServices\": [ \"WaaSMedicSvc\", null ]", "$.absentServices[1]")]
    [TestCase("\"adapters\": [ { \"name\": \"Wi-Fi\", \"description\": \"x\", \"kind\": \"Wireless\", \"state\": \"Up\", \"iPv4Addresses\": [ null ], \"gateways\": [], \"dnsServers\": [] } ]", "$.adapters[0].iPv4Addresses[0]")]
    [TestCase("\"absentRegistryValues\": [ null ]", "$.absentRegistryValues[0]")]
    public void A_null_in_a_list_is_refused_with_its_path(string member, string path)
    {
        // Nothing in a snapshot's lists may be null; left in, it would crash whatever asked about it.
        Assert.That(Refused(member), Does.Contain("'pc.json'").And.Contain(path).And.Not.Contain("\n"));
    }
}
