using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Sources;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>Events a machine gives (live on Windows, or from a snapshot) must look exactly like events read from an
/// export, so that one set of rules reads both; and SetupDiag's registry values like its result files.</summary>
public class MachineLogEntriesTests
{
    private const string Channel = "Microsoft-Windows-WindowsUpdateClient/Operational";
    private const string Message = "Installation Failure: Windows failed to install the following update with error 0x80070643: 2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441).";

    private static EventRecordInfo Event(int id = 20, int level = 2, string? message = Message, IReadOnlyDictionary<string, string>? data = null) => new()
    {
        Channel = Channel,
        Provider = "Microsoft-Windows-WindowsUpdateClient",
        EventId = id,
        Level = level,
        TimeCreated = new DateTimeOffset(2024, 1, 10, 18, 31, 5, 123, TimeSpan.FromHours(1)).AddTicks(4567),
        RecordId = 4711,
        Message = message,
        Data = data ?? new Dictionary<string, string>(),
    };

    [Test]
    public async Task An_event_from_the_machine_becomes_the_same_entry_as_the_same_event_exported_to_xml()
    {
        using var temp = new TempFolder();
        var export = temp.Combine("WindowsUpdateClient.xml");
        await File.WriteAllTextAsync(export, $"""
            <Events>
            <Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient' Guid='{"{945a8954-c147-4acd-923f-40c45405a658}"}'/><EventID>20</EventID><Version>1</Version><Level>2</Level><TimeCreated SystemTime='2024-01-10T17:31:05.1234567Z'/><Channel>Microsoft-Windows-WindowsUpdateClient/Operational</Channel></System><EventData><Data Name='errorCode'>0x80070643</Data><Data Name='updateTitle'>Demo</Data></EventData><RenderingInfo Culture='en-US'><Message>{Message}</Message><Level>Error</Level></RenderingInfo></Event>
            </Events>
            """);
        var exported = LogReader.Read(export).Single();

        var live = MachineLogEntries.FromEvents(Channel, [Event(data: new Dictionary<string, string> { ["errorCode"] = "0x80070643", ["updateTitle"] = "Demo" })]).Single();

        Assert.That(live.Kind, Is.EqualTo(exported.Kind));
        Assert.That(live.Component, Is.EqualTo(exported.Component));
        Assert.That(live.Level, Is.EqualTo(exported.Level));
        Assert.That(live.Text, Is.EqualTo(exported.Text));
        Assert.That(live.Time, Is.EqualTo(exported.Time));
        Assert.That(live.EventId, Is.EqualTo(exported.EventId));
        Assert.That(live.Provider, Is.EqualTo(exported.Provider));
        Assert.That(live.Fields, Is.EquivalentTo(exported.Fields));
        Assert.That((live.File, live.Line, live.EventId), Is.EqualTo((Channel, 1L, (int?)20)));
    }

    [TestCase(1, "Critical")]
    [TestCase(2, "Error")]
    [TestCase(3, "Warning")]
    [TestCase(4, "Information")]
    [TestCase(0, "Information")]
    [TestCase(5, "Verbose")]
    public void Levels_are_named_in_English_whatever_the_PC_language(int level, string name) =>
        Assert.That(MachineLogEntries.FromEvent("c", 1, Event(level: level)).Level, Is.EqualTo(name));

    [Test]
    public void Events_are_numbered_in_the_order_given_and_an_unformatted_one_says_its_data()
    {
        var entries = MachineLogEntries.FromEvents(Channel,
        [
            Event(id: 19, level: 4, message: "Installation Successful:\r\nWindows successfully installed the following update: KB1"),
            Event(id: 20, message: null, data: new Dictionary<string, string> { ["data0"] = "0x80070643", ["data1"] = "Demo update" }),
        ]);

        Assert.That(entries.Select(e => e.Line), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(entries[0].Text, Is.EqualTo("EventID=19: Installation Successful: Windows successfully installed the following update: KB1"));
        Assert.That(entries[1].Text, Is.EqualTo("EventID=20: 0x80070643; Demo update"));
    }

    [Test]
    public void An_events_data_are_its_fields_by_name_without_regard_to_case()
    {
        // A snapshot gives the data back in an ordinary (case-sensitive) dictionary.
        var entry = MachineLogEntries.FromEvent(Channel, 1, Event(data: new Dictionary<string, string> { ["errorCode"] = "0x80070643", ["updateTitle"] = "Demo" }));

        Assert.That(entry.Field("ERRORCODE"), Is.EqualTo("0x80070643"));
        Assert.That(entry.Fields, Has.Count.EqualTo(2));
    }

    [Test]
    public void An_event_without_data_shares_the_empty_fields_instead_of_allocating_its_own()
    {
        var entry = MachineLogEntries.FromEvent(Channel, 1, Event());

        Assert.That(entry.Fields, Is.SameAs(new LogEntry { Kind = LogKind.EventLog, File = "x" }.Fields));
    }

    [Test]
    public void SetupDiag_registry_values_are_entries_named_by_value_as_the_result_files_give_them()
    {
        const string key = @"HKLM\SYSTEM\Setup\MoSetup\Volatile\SetupDiag";
        var entries = MachineLogEntries.FromSetupDiagValues(key,
        [
            new RegistryValue { Key = key, Name = "ProfileName", Kind = "REG_SZ", Data = "FindRollbackFailure" },
            new RegistryValue { Key = key, Name = "LastSetupPhase", Kind = "REG_SZ", Data = "Safe OS" },
            new RegistryValue { Key = key, Name = "HostOSVersion", Kind = "REG_SZ", Data = "" },
            new RegistryValue { Key = key, Name = "FailureDetails", Kind = "REG_SZ", Data = "RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017" },
        ]);

        Assert.That(entries.Select(e => (e.Kind, e.File, e.Line, e.Component, e.Text)), Is.EqualTo(new[]
        {
            (LogKind.SetupDiag, key, 1L, "ProfileName", "FindRollbackFailure"),
            (LogKind.SetupDiag, key, 2L, "LastSetupPhase", "Safe OS"),
            (LogKind.SetupDiag, key, 4L, "FailureDetails", "RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017"),
            (LogKind.SetupDiag, key, 4L, "RollbackErrorCode", "0xC1900101"),
            (LogKind.SetupDiag, key, 4L, "ExtendedCode", "0x40017"),
        }));
    }
}
