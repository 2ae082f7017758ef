using System.Text;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Tests.Logs;

public class EventExportTests
{
    // As `wevtutil qe ... /f:RenderedXml` writes it: events one after another, no root element.
    private const string Rendered =
        "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient' Guid='{945a8954-c147-4acd-923f-40c45405a658}'/>" +
        "<EventID>20</EventID><Version>1</Version><Level>2</Level><Task>1</Task><TimeCreated SystemTime='2024-03-01T08:22:09.4618134Z'/>" +
        "<Channel>Microsoft-Windows-WindowsUpdateClient/Operational</Channel><Computer>DEMO-PC</Computer></System>" +
        "<EventData><Data Name='errorCode'>0x80240022</Data><Data Name='updateTitle'>Demo update</Data></EventData>" +
        "<RenderingInfo Culture='en-US'><Message>Installation Failure: Windows failed to install the following update with error 0x80240022: Demo update.</Message>" +
        "<Level>Error</Level><Task>Windows Update Agent</Task><Provider>Microsoft-Windows-WindowsUpdateClient</Provider></RenderingInfo></Event>\r\n" +
        "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient'/>" +
        "<EventID>19</EventID><Level>4</Level><TimeCreated SystemTime='2024-03-01T09:00:00.0000000Z'/></System>" +
        "<EventData><Data Name='updateTitle'>Other update</Data></EventData></Event>\r\n";

    private const string Csv =
        "Level,Date and Time,Source,Event ID,Task Category\r\n" +
        "Error,3/1/2024 8:22:09 AM,Microsoft-Windows-WindowsUpdateClient,20,Windows Update Agent,\"Installation Failure: Windows failed to install the following update with error 0x80240022: Demo update.\"\r\n" +
        "Information,3/1/2024 9:00:00 AM,Microsoft-Windows-WindowsUpdateClient,19,Windows Update Agent,\"Installation Successful: Windows successfully installed the following update: \"\"Other\"\", one\r\nmore line\"\r\n" +
        "Warning,3/1/2024 1:00:00 PM,Microsoft-Windows-WindowsUpdateClient,25,Windows Update Agent,Unquoted message\r\n";

    [Test]
    public void Rendered_xml_events_give_provider_level_id_message_and_utc_time()
    {
        var entries = LogFixtures.Read(Rendered, "events.xml");

        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(LogKind.EventLog));
        Assert.That(entries.Select(e => e.Component), Is.All.EqualTo("Microsoft-Windows-WindowsUpdateClient"));
        Assert.That(entries[0].Level, Is.EqualTo("Error"));
        Assert.That(entries[0].Text, Is.EqualTo("EventID=20: Installation Failure: Windows failed to install the following update with error 0x80240022: Demo update."));
        Assert.That(entries[0].Time, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 8, 22, 9, TimeSpan.Zero).AddTicks(4618134)));
        Assert.That(entries.Select(e => e.Line), Is.EqualTo(new[] { 1L, 2L }));
    }

    [Test]
    public void Events_without_rendering_name_the_level_from_its_number_and_list_their_data()
    {
        var second = LogFixtures.Read(Rendered, "events.xml")[1];

        Assert.That(second.Level, Is.EqualTo("Information"));
        Assert.That(second.Text, Is.EqualTo("EventID=19: updateTitle=Other update"));
    }

    [Test]
    public void Event_Viewer_saved_xml_with_a_root_element_reads_the_same()
    {
        var wrapped = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Events>" + Rendered + "</Events>";

        var entries = LogFixtures.Read(LogFixtures.Encode(wrapped, Encoding.Unicode, byteOrderMark: true), "saved.xml");

        Assert.That(entries.Select(e => e.Text[..11]), Is.EqualTo(new[] { "EventID=20:", "EventID=19:" }));
    }

    [Test]
    public void Csv_events_with_quoted_multi_line_messages()
    {
        var entries = LogFixtures.Read(Csv, "Application.csv");

        Assert.That(entries.Select(e => (e.Line, e.Level, e.Component)), Is.EqualTo(new[]
        {
            (2L, "Error", "Microsoft-Windows-WindowsUpdateClient"),
            (3L, "Information", "Microsoft-Windows-WindowsUpdateClient"),
            (5L, "Warning", "Microsoft-Windows-WindowsUpdateClient"),
        }));
        Assert.That(entries[0].Time, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 8, 22, 9, TimeSpan.Zero)));
        Assert.That(entries[1].Text, Is.EqualTo("EventID=19: Installation Successful: Windows successfully installed the following update: \"Other\", one\nmore line"));
        Assert.That(entries[2].Text, Is.EqualTo("EventID=25: Unquoted message"));
        Assert.That(entries[2].Time, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 13, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_localized_csv_header_is_recognised_by_the_records_after_it()
    {
        var german = "Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\r\nFehler,01.03.2024 08:22:09,Microsoft-Windows-WindowsUpdateClient,20,Windows Update-Agent,Installationsfehler\r\n";

        var entry = LogFixtures.Read(german, "export.csv").Single();

        Assert.That((entry.Kind, entry.Level, entry.Text), Is.EqualTo((LogKind.EventLog, "Fehler", "EventID=20: Installationsfehler")));
        Assert.That(entry.Time, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 8, 22, 9, TimeSpan.Zero)));
    }

    [Test]
    public void Xml_events_carry_their_id_provider_and_data_as_fields()
    {
        var entries = LogFixtures.Read(Rendered, "events.xml");

        Assert.That(entries.Select(e => (e.EventId, e.Provider)), Is.EqualTo(new[]
        {
            ((int?)20, "Microsoft-Windows-WindowsUpdateClient"),
            ((int?)19, "Microsoft-Windows-WindowsUpdateClient"),
        }));
        Assert.That(entries[0].Fields, Is.EquivalentTo(new Dictionary<string, string> { ["errorCode"] = "0x80240022", ["updateTitle"] = "Demo update" }));
        Assert.That(entries[0].Field("ErrorCode"), Is.EqualTo("0x80240022"));
    }

    [Test]
    public void Unnamed_event_data_is_named_by_position_as_the_event_log_gives_it()
    {
        var entry = LogFixtures.Read(
            "<Event><System><Provider Name='Service Control Manager'/><EventID Qualifiers='49152'>7000</EventID><Level>2</Level></System>" +
            "<EventData><Data>Demo Service</Data><Data>%%1058</Data></EventData></Event>", "events.xml").Single();

        Assert.That(entry.EventId, Is.EqualTo(7000));
        Assert.That(entry.Fields, Is.EquivalentTo(new Dictionary<string, string> { ["data0"] = "Demo Service", ["data1"] = "%%1058" }));
    }

    [Test]
    public void Csv_events_carry_their_id_and_source_and_share_the_empty_fields()
    {
        var entries = LogFixtures.Read(Csv, "Application.csv");

        Assert.That(entries.Select(e => e.EventId), Is.EqualTo(new int?[] { 20, 19, 25 }));
        Assert.That(entries.Select(e => e.Provider), Is.All.EqualTo("Microsoft-Windows-WindowsUpdateClient"));
        Assert.That(entries.Select(e => e.Fields), Is.All.SameAs(new LogEntry { Kind = LogKind.EventLog, File = "x" }.Fields));
    }

    [Test]
    public void Text_logs_have_no_event_id_and_share_the_empty_fields()
    {
        var entries = LogFixtures.Read(LogFixtures.Cbs, "CBS.log");

        Assert.That(entries.Select(e => (e.EventId, e.Provider)), Is.All.EqualTo(((int?)null, (string?)null)));
        Assert.That(entries.Select(e => e.Fields), Is.All.SameAs(new LogEntry { Kind = LogKind.Cbs, File = "x" }.Fields));
    }
}
