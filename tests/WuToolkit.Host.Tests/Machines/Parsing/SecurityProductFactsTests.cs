using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>productState values as Security Center reports them for real products.</summary>
public class SecurityProductFactsTests
{
    [TestCase(397568u, true, true)]    // 0x061100 Microsoft Defender, on, current
    [TestCase(397584u, true, false)]   // 0x061110 Microsoft Defender, on, signatures out of date
    [TestCase(393472u, false, true)]   // 0x060100 Microsoft Defender, off (another antivirus took over)
    [TestCase(266240u, true, true)]    // 0x041000 a third-party antivirus, on
    [TestCase(266256u, true, false)]   // 0x041010 a third-party antivirus, on, out of date
    [TestCase(262144u, false, true)]   // 0x040000 a third-party antivirus, off
    [TestCase(270336u, false, true)]   // 0x042000 snoozed
    [TestCase(274432u, false, true)]   // 0x043000 expired
    public void An_antivirus_state_says_whether_it_is_on_and_current(uint state, bool enabled, bool upToDate)
    {
        var product = SecurityProductFacts.Read(CimRecord.Of(("displayName", "Any"), ("productState", state)), SecurityProductKind.Antivirus)!;

        Assert.That((product.Enabled, product.UpToDate), Is.EqualTo((enabled, (bool?)upToDate)));
    }

    [Test]
    public void A_firewall_has_no_signatures_to_be_current()
    {
        var firewall = SecurityProductFacts.Read(CimRecord.Of(("displayName", "Norton Firewall"), ("productState", 266256u), ("pathToSignedProductExe", @"C:\Program Files\Norton Security\Engine\22.23.4.6\wsc_proxy.exe")), SecurityProductKind.Firewall)!;

        Assert.That((firewall.Kind, firewall.Enabled, firewall.UpToDate), Is.EqualTo((SecurityProductKind.Firewall, true, (bool?)null)));
        Assert.That(firewall.ExecutablePath, Does.EndWith("wsc_proxy.exe"));
    }

    [Test]
    public void The_reporting_program_is_preferred_as_the_executable()
    {
        var defender = SecurityProductFacts.Read(CimRecord.Of(
            ("displayName", "Windows Defender"),
            ("productState", 397568u),
            ("pathToSignedProductExe", "windowsdefender://"),
            ("pathToSignedReportingExe", @"%ProgramFiles%\Windows Defender\MsMpeng.exe")), SecurityProductKind.Antispyware)!;

        Assert.That(defender.Name, Is.EqualTo("Windows Defender"));
        Assert.That(defender.ExecutablePath, Is.EqualTo(@"%ProgramFiles%\Windows Defender\MsMpeng.exe"));
    }

    [Test]
    public void An_entry_without_name_or_state_is_left_out()
    {
        Assert.That(SecurityProductFacts.Read(CimRecord.Of(("productState", 397568u)), SecurityProductKind.Antivirus), Is.Null);
        Assert.That(SecurityProductFacts.Read(CimRecord.Of(("displayName", "Broken")), SecurityProductKind.Antivirus), Is.Null);
    }
}
