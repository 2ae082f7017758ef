using WuToolkit.Host.Reports.Bundle;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>The redactor's precision: what identifies a PC goes, the words of a healthy log stay.</summary>
public class RedactorTests
{
    [TestCase("Failed to install KB5034441 [HRESULT = 0x80070643]")]
    [TestCase("WinHTTP proxy is direct; the browser uses a proxy script")]
    [TestCase("Servicing stack 10.0.22631.4460 loaded from C:\\Windows\\servicing\\TrustedInstaller.exe")]
    [TestCase("2026-11-20 09:14:03, Info CBS Session: 31148823_1045869345 initialized by client WindowsUpdateAgent")]
    [TestCase("Reached https://download.windowsupdate.com/c/msdownload/update in 120 ms over TLS 1.2")]
    [TestCase("Update {D4B7C3E2-0A5F-4C1B-9E8D-7F6A5B4C3D2E} installed; loopback 127.0.0.1 and ::1 answered")]
    [TestCase("System.IO.FileNotFoundException at System.Net.Http.HttpClient.Send")]
    [TestCase("C:\\Users\\Public\\Documents and C:\\Users\\Default\\NTUSER.DAT")]
    public void Healthy_text_is_left_as_it_is(string text)
    {
        var redactor = new Redactor("salt");
        redactor.Learn(text);
        Assert.That(redactor.Redact(text), Is.EqualTo(text));
    }

    [Test]
    public void The_same_value_gets_the_same_placeholder_and_host_names_their_salted_hash()
    {
        var redactor = new Redactor("salt");
        redactor.Learn(@"copied from \\FILESRV01\share by C:\Users\bob\Desktop");

        var first = redactor.Redact("FILESRV01 and bob at 192.168.1.23 and 00-1A-2B-3C-4D-5E");
        var second = redactor.Redact("filesrv01 saw 192.168.1.23 and 00:1a:2b:3c:4d:5e for BOB");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo($"{WuToolkit.Host.Reports.HostIdentity.Hash("FILESRV01", "salt")} and user-1 at ip-1 and mac-1"));
            Assert.That(second, Is.EqualTo($"{WuToolkit.Host.Reports.HostIdentity.Hash("FILESRV01", "salt")} saw ip-1 and mac-1 for user-1"));
        }
    }
}
