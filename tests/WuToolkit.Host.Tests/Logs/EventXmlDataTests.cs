using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>What the live event log API gives as an event's XML (<c>EventRecord.ToXml()</c>) yields its data by name, so
/// a live event carries <c>errorCode</c> and <c>updateTitle</c> as an exported one does.</summary>
public class EventXmlDataTests
{
    private const string Failure = """
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
          <System>
            <Provider Name="Microsoft-Windows-WindowsUpdateClient" Guid="{945a8954-c147-4acd-923f-40c45405a658}" />
            <EventID>20</EventID>
            <Level>2</Level>
            <TimeCreated SystemTime="2024-03-10T03:12:00.1234567Z" />
            <Channel>Microsoft-Windows-WindowsUpdateClient/Operational</Channel>
          </System>
          <EventData>
            <Data Name="errorCode">0x80070070</Data>
            <Data Name="updateTitle">2024-02 Cumulative Update for Windows 10 Version 22H2 (KB5034763)</Data>
            <Data Name="updateGuid">{9d0e3a2b-0000-4000-8000-000000000001}</Data>
          </EventData>
        </Event>
        """;

    [Test]
    public void Named_data_keeps_its_names()
    {
        var data = EventXmlData.Read(Failure);

        Assert.That(data["errorCode"], Is.EqualTo("0x80070070"));
        Assert.That(data["UPDATETITLE"], Does.Contain("KB5034763"), "names compare ignoring case");
        Assert.That(data, Has.Count.EqualTo(3));
    }

    [Test]
    public void Unnamed_data_is_numbered_by_position()
    {
        var data = EventXmlData.Read(Failure.Replace(" Name=\"errorCode\"", "", StringComparison.Ordinal));

        Assert.That(data["data0"], Is.EqualTo("0x80070070"));
    }

    [TestCase("")]
    [TestCase("not xml at all")]
    [TestCase("<Event><System><EventID>7</EventID></System></Event>")]
    public void An_event_without_data_or_no_event_at_all_gives_nothing(string xml) =>
        Assert.That(EventXmlData.Read(xml), Is.Empty);

    [Test]
    public void A_cut_event_gives_what_was_read_before_the_cut() =>
        Assert.That(EventXmlData.Read(Failure[..Failure.IndexOf("<Data Name=\"updateGuid\"", StringComparison.Ordinal)]).Keys,
            Is.EquivalentTo(new[] { "errorCode", "updateTitle" }));
}
