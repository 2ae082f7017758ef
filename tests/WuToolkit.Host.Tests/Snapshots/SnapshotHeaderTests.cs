using System.Text;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>A JSON object that is not a wutk snapshot, or is one of another version, is named as such before
/// anything else in it is judged.</summary>
public class SnapshotHeaderTests
{
    private static SnapshotFormatException Refused(string json) =>
        Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(Encoding.UTF8.GetBytes(json), "pc.json"))!;

    [TestCase("{\"format\": \"wutk-snapshots\", \"version\": 1}")]
    [TestCase("{\"format\": \"WUTK-SNAPSHOT\", \"version\": 1}")]
    [TestCase("{\"format\": 1, \"version\": 1}")]
    [TestCase("{\"version\": 1, \"collectedUtc\": \"2024-03-12T08:30:00+00:00\"}")]
    [TestCase("{\"name\": \"package.json\", \"version\": \"1.0.0\"}")]
    public void Another_format_is_named_as_not_a_snapshot(string json)
    {
        Assert.That(Refused(json).Message, Is.EqualTo("'pc.json' is not a wutk snapshot: its \"format\" must be \"wutk-snapshot\""));
    }

    [TestCase(2)]
    [TestCase(0)]
    [TestCase(-1)]
    public void Another_version_says_which_version_this_wutk_reads(int version)
    {
        // Whatever a newer version adds, the version is what the user needs to hear about.
        var json = $"{{\"format\": \"wutk-snapshot\", \"version\": {version}, \"collectedUtc\": \"2030-01-01T00:00:00+00:00\", \"somethingNew\": {{}}}}";

        Assert.That(Refused(json).Message, Is.EqualTo($"snapshot 'pc.json' is version {version}; this wutk reads version 1"));
    }

    [TestCase("{\"format\": \"wutk-snapshot\"}")]
    [TestCase("{\"format\": \"wutk-snapshot\", \"version\": \"1\"}")]
    [TestCase("{\"format\": \"wutk-snapshot\", \"version\": 1.5}")]
    [TestCase("{\"format\": \"wutk-snapshot\", \"version\": 99999999999}")]
    [TestCase("{\"format\": \"wutk-snapshot\", \"version\": null}")]
    public void A_missing_or_unusable_version_is_named(string json)
    {
        Assert.That(Refused(json).Message, Is.EqualTo("snapshot 'pc.json' has no \"version\" number"));
    }

    [Test]
    public void A_snapshot_of_this_version_without_the_collection_time_names_what_is_missing()
    {
        var message = Refused("{\"format\": \"wutk-snapshot\", \"version\": 1}").Message;

        Assert.That(message, Does.Contain("'pc.json'").And.Contain("collectedUtc"));
    }
}
