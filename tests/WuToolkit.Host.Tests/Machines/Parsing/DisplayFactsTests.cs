using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>Driver versions as Win32_VideoController reports them, against Microsoft's display driver versioning.</summary>
public class DisplayFactsTests
{
    [TestCase("31.0.101.2111", "3.1")]     // Intel UHD, Windows 11 22H2 driver
    [TestCase("31.0.15.3623", "3.1")]      // NVIDIA 536.23
    [TestCase("31.0.21001.45002", "3.1")]  // AMD Adrenalin
    [TestCase("30.0.14.7141", "3.0")]
    [TestCase("27.20.100.8681", "2.7")]
    [TestCase("26.20.100.7262", "2.6")]
    [TestCase("21.21.13.7653", "2.1")]
    [TestCase("20.19.15.4531", "2.0")]
    [TestCase("10.18.10.4425", "1.3")]
    [TestCase("9.17.10.4459", "1.2")]
    [TestCase("8.15.10.2702", "1.1")]
    [TestCase("7.14.10.0013", "1.0")]
    public void The_first_field_declares_the_driver_model(string version, string model) =>
        Assert.That(DisplayFacts.DriverModel(version), Is.EqualTo(model));

    [TestCase("10.0.19041.3636")]   // Microsoft Basic Display Adapter: the Windows build, not WDDM 1.3
    [TestCase("10.0.22621.1")]      // Microsoft Hyper-V Video
    [TestCase("6.1.7600.16385")]    // Windows 7's Standard VGA
    [TestCase("6.14.10.0001")]      // XDDM
    [TestCase("2.3.0.0")]
    [TestCase("101.2111")]
    [TestCase("")]
    [TestCase("driver")]
    [TestCase(null)]
    public void A_version_outside_the_scheme_declares_no_model(string? version) =>
        Assert.That(DisplayFacts.DriverModel(version), Is.Null);

    [Test]
    public void A_video_controller_becomes_an_adapter()
    {
        var adapter = DisplayFacts.Read(CimRecord.Of(
            ("Name", "Intel(R) UHD Graphics 620"),
            ("DriverVersion", "31.0.101.2111"),
            ("DriverDate", "20220909000000.000000-000")))!;

        Assert.That(adapter.Name, Is.EqualTo("Intel(R) UHD Graphics 620"));
        Assert.That(adapter.DriverVersion, Is.EqualTo("31.0.101.2111"));
        Assert.That(adapter.DriverModel, Is.EqualTo("3.1"));
        Assert.That(adapter.DriverDate, Is.EqualTo(new DateTimeOffset(2022, 9, 9, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_controller_without_a_driver_keeps_its_name_only()
    {
        var adapter = DisplayFacts.Read(CimRecord.Of(("Name", null), ("Caption", "Video Controller (VGA Compatible)"), ("DriverVersion", null)))!;

        Assert.That((adapter.Name, adapter.DriverVersion, adapter.DriverModel, adapter.DriverDate), Is.EqualTo(("Video Controller (VGA Compatible)", (string?)null, (string?)null, (DateTimeOffset?)null)));
        Assert.That(DisplayFacts.Read(CimRecord.Of(("DriverVersion", "31.0.101.2111"))), Is.Null);
    }
}
