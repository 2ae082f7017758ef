using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Analysis.Sources;
using WuToolkit.Host.Logs;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary>Events read live from the channel (Windows only) must look exactly like events read from an export,
/// so that one set of rules reads both; and SetupDiag's registry values like its result files.</summary>
public class EventEntriesTests
{
    private const string Message = "Installation Failure: Windows failed to install the following update with error 0x80070643: 2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441).";

    [Test]
    public async Task A_live_event_becomes_the_same_entry_as_the_same_event_exported_to_xml()
    {
        using var temp = new TempFolder();
        var export = temp.Combine("WindowsUpdateClient.xml");
        await File.WriteAllTextAsync(export, $"""
            <Events>
            <Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient' Guid='{"{945a8954-c147-4acd-923f-40c45405a658}"}'/><EventID>20</EventID><Version>1</Version><Level>2</Level><TimeCreated SystemTime='2024-01-10T17:31:05.1234567Z'/><Channel>Microsoft-Windows-WindowsUpdateClient/Operational</Channel></System><RenderingInfo Culture='en-US'><Message>{Message}</Message><Level>Error</Level></RenderingInfo></Event>
            </Events>
            """);
        var exported = LogReader.Read(export).Single();

        var live = EventEntries.From("Microsoft-Windows-WindowsUpdateClient/Operational", 1, 20, 2, "Microsoft-Windows-WindowsUpdateClient",
            new DateTime(2024, 1, 10, 17, 31, 5, 123, DateTimeKind.Utc).AddTicks(4567), Message);

        Assert.That(live.Kind, Is.EqualTo(exported.Kind));
        Assert.That(live.Component, Is.EqualTo(exported.Component));
        Assert.That(live.Level, Is.EqualTo(exported.Level));
        Assert.That(live.Text, Is.EqualTo(exported.Text));
        Assert.That(live.Time, Is.EqualTo(exported.Time));
    }

    [TestCase((byte)1, "Critical")]
    [TestCase((byte)3, "Warning")]
    [TestCase((byte)4, "Information")]
    [TestCase(null, "Information")]
    public void Levels_are_named_in_English_whatever_the_PC_language(byte? level, string name) =>
        Assert.That(EventEntries.From("c", 1, 1, level, "p", null, "m").Level, Is.EqualTo(name));

    [Test]
    public void SetupDiag_registry_values_are_entries_named_by_value()
    {
        var entries = EventEntries.FromSetupDiagValues(@"HKLM\SYSTEM\Setup\MoSetup\Volatile\SetupDiag",
        [
            KeyValuePair.Create("ProfileName", "FindRollbackFailure"),
            KeyValuePair.Create("LastSetupPhase", "Safe OS"),
        ]).ToList();

        Assert.That(entries.Select(e => (e.Kind, e.Component, e.Text)), Is.EqualTo(new[]
        {
            (LogKind.SetupDiag, "ProfileName", "FindRollbackFailure"),
            (LogKind.SetupDiag, "LastSetupPhase", "Safe OS"),
        }));
        Assert.That(entries.Select(e => e.Line), Is.EqualTo(new long[] { 1, 2 }));
    }

    [Test]
    public async Task Get_WindowsUpdateLog_is_refused_off_Windows_with_one_line()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "off Windows");
        using var temp = new TempFolder();
        var log = temp.Combine("CBS.log");
        await File.WriteAllTextAsync(log, "2026-11-20 09:10:00, Info                  CBS    Starting TrustedInstaller initialization.\r\n");
        var result = await Support.Cli.RunAsync("logs", "analyze", log, "--windows-update-log");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("only on Windows"));
    }
}
