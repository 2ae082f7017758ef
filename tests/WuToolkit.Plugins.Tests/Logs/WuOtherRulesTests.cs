using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class WuOtherRulesTests
{
    [Test]
    public void A_failed_driver_install_names_the_device_and_the_update_at_its_first_line()
    {
        var failure = LogBuilder.WindowsUpdate()
            .Wu("Handler", "* START *   Driver Install")
            .Wu("Driver", @"*FAILED* [800F024B] Error Installing PnP Driver pci\ven_10de&dev_1b81")
            .Wu("Handler", @"Device id = pci\ven_10de&dev_1b81 ")
            .Wu("Handler", @"*FAILED* [800F024B] Driver Install of {4E95DCBD-E67C-46AF-985B-F29D655C3480} on pci\ven_10de&dev_1b81 (mapping to error 8024200B)")
            .Wu("Handler", "Exit code = 0x8024200B")
            .Run(new WuDriverInstallRule()).Single();

        Assert.That((failure.Severity, failure.Code, failure.Entry.Line), Is.EqualTo((FindingSeverity.Failure, (uint?)0x800F024B, 2L)));
        Assert.That(failure.Subject, Is.EqualTo(@"pci\ven_10de&dev_1b81"));
        Assert.That(failure.Summary, Does.Contain("4E95DCBD-E67C-46AF-985B-F29D655C3480").And.Contain("0x8024200B"));
    }

    [Test]
    public void A_driver_failure_without_the_handler_line_still_names_the_device()
    {
        var failure = LogBuilder.WindowsUpdate()
            .Wu("Driver", @"*FAILED* [800F024B] Error Installing PnP Driver usb\vid_0bda&pid_8153")
            .Run(new WuDriverInstallRule()).Single();

        Assert.That(failure.Subject, Is.EqualTo(@"usb\vid_0bda&pid_8153"));
    }

    [Test]
    public void Unable_to_detect_is_a_warning_once()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("AU", "Launched new AU client for directive 'Unable To Detect', session id = 0x1")
            .Wu("AU", "Launched new AU client for directive 'Unable To Detect', session id = 0x2")
            .Run(new WuUnableToDetectRule());

        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    /// <summary>One exported event as <c>wevtutil qe … /f:RenderedXml</c> writes it (no message when <paramref name="message"/> is null).</summary>
    private static string Event(int id, string? message, string provider = "Microsoft-Windows-WindowsUpdateClient", string data = "") =>
        $"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='{provider}'/><EventID>{id}</EventID><Level>2</Level>" +
        $"<TimeCreated SystemTime='2021-07-20T10:00:00.0000000Z'/></System><EventData>{data}</EventData>" +
        (message is null ? "" : $"<RenderingInfo Culture='en-US'><Message>{message}</Message><Level>Error</Level></RenderingInfo>") + "</Event>\n";

    private static List<LogFinding> Events(params string[] events) =>
        Rules.Run(new EventWindowsUpdateClientRule(), LogBuilder.Read("WindowsUpdateClient.xml", string.Concat(events)));

    [Test]
    public void WindowsUpdateClient_events_are_failures_with_code_and_KB()
    {
        var findings = Events(
            Event(20, "Installation Failure: Windows failed to install the following update with error 0x80070643: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.381.1234.0)."),
            Event(25, "Windows Update failed to check for updates with error 0x8024402C.", data: "<Data Name='errorCode'>0x8024402C</Data>"),
            Event(31, "Windows Update failed to download an update. Error: 0x80D05001: 2021-07 Cumulative Update for Windows 10 Version 1809 for x64-based Systems (KB5004244)"),
            Event(16, "Unable to Connect: Windows is unable to connect to the automatic updates service and therefore cannot download and install updates according to the set schedule.", data: "<Data Name='errorCode'>0x80072EE2</Data>"),
            Event(19, "Installation Successful: Windows successfully installed the following update: KB5004244"),
            Event(20, "not a Windows Update event", provider: "Service Control Manager"));

        Assert.That(findings.Select(f => (f.Severity, f.Code, f.Subject)), Is.EqualTo(new[]
        {
            (FindingSeverity.Failure, (uint?)0x80070643, "KB2267602"),
            (FindingSeverity.Failure, (uint?)0x8024402C, (string?)null),
            (FindingSeverity.Failure, (uint?)0x80D05001, "KB5004244"),
            (FindingSeverity.Failure, (uint?)null, (string?)null),
        }));
        Assert.That(findings[1].Summary, Does.Contain("check for updates"));
        Assert.That(findings[3].CheckIds, Does.Contain("network.endpoints"));
    }

    [Test]
    public void An_export_without_messages_gives_the_code_and_the_update_from_the_events_data()
    {
        var failure = Events(Event(20, message: null,
            data: "<Data Name='errorCode'>0x80073701</Data><Data Name='updateTitle'>2024-03 Cumulative Update for Windows 11 Version 23H2 (KB5035853)</Data>")).Single();

        Assert.That((failure.Code, failure.Subject), Is.EqualTo(((uint?)0x80073701, "KB5035853")));
        Assert.That(failure.Summary, Does.Contain("0x80073701"));
    }

    [Test]
    public void Only_events_are_read_as_events_whatever_a_text_says()
    {
        // The event's id is the reader's to say: a line that merely reads like an event export is not one.
        var findings = LogBuilder.Events()
            .Error("Microsoft-Windows-WindowsUpdateClient", "EventID=20: Installation Failure: Windows failed to install the following update with error 0x80070643: KB2267602.")
            .Run(new EventWindowsUpdateClientRule());

        Assert.That(findings, Is.Empty);
    }
}
