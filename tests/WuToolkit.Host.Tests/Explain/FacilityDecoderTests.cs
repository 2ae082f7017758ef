using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>A code no catalog knows is still decoded: severity, customer bit, facility and, per facility, the part of
/// Windows it comes from, the Win32 error number or the HTTP status.</summary>
public class FacilityDecoderTests
{
    [Test]
    public void An_unknown_windows_update_code_names_its_component_range()
    {
        Assert.That(FacilityDecoder.Decode(0x8024999Fu).Area, Is.EqualTo(ExplainStrings.WuArea9));
        Assert.That(FacilityDecoder.Decode(0x80244999u).Area, Is.EqualTo(ExplainStrings.WuArea4));
        Assert.That(FacilityDecoder.Decode(0x8024F999u).Area, Is.EqualTo(ExplainStrings.WuAreaF));

        var anatomy = FacilityDecoder.Decode(0x80246999u);
        Assert.That(anatomy.IsFailure, Is.True);
        Assert.That(anatomy.IsCustomer, Is.False);
        Assert.That(anatomy.Facility, Is.EqualTo(0x24));
        Assert.That(anatomy.FacilityName, Is.EqualTo(ExplainStrings.Facility36));
        Assert.That(anatomy.FacilityCode, Is.EqualTo(0x6999));
        Assert.That(anatomy.Area, Is.EqualTo(ExplainStrings.WuArea6));
    }

    [Test]
    public void Facility_0x0F_is_servicing_from_0x800_and_setupapi_below()
    {
        var servicing = FacilityDecoder.Decode(0x800F0FFEu);
        var setupApi = FacilityDecoder.Decode(0x800F0111u);

        Assert.That(servicing.Facility, Is.EqualTo(0x0F));
        Assert.That(servicing.Area, Is.EqualTo(ExplainStrings.AreaCbs));
        Assert.That(setupApi.Area, Is.EqualTo(ExplainStrings.AreaSetupApi));
    }

    [Test]
    public void An_http_code_gives_its_status()
    {
        var anatomy = FacilityDecoder.Decode(0x801901A5u);

        Assert.That(anatomy.Facility, Is.EqualTo(0x19));
        Assert.That(anatomy.HttpStatus, Is.EqualTo(421));
        Assert.That(anatomy.Area, Is.EqualTo(ExplainStrings.AreaHttp));
    }

    [TestCase(0x80200099u, 0x20)]
    [TestCase(0x80D09999u, 0xD0)]
    [TestCase(0xC19003FFu, 0x190)]
    public void Bits_delivery_optimization_and_setup_are_named(uint code, int facility)
    {
        var anatomy = FacilityDecoder.Decode(code);

        Assert.That(anatomy.Facility, Is.EqualTo(facility));
        Assert.That(anatomy.FacilityName, Does.Not.StartWith("facility "), "a named facility");
        Assert.That(anatomy.Area, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void A_win32_code_gives_the_error_number_in_decimal_and_the_system_message_only_where_windows_has_it()
    {
        var anatomy = FacilityDecoder.Decode(0x80071234u);

        Assert.That(anatomy.Facility, Is.EqualTo(7));
        Assert.That(anatomy.Win32Error, Is.EqualTo(4660));
        Assert.That(anatomy.Win32Message is null, Is.EqualTo(!OperatingSystem.IsWindows()));
        Assert.That(FacilityDecoder.Decode(0x80072EE7u).Area, Is.EqualTo(ExplainStrings.AreaWinHttp));
    }

    [Test]
    public void Severity_and_customer_bits_are_read()
    {
        var vendor = FacilityDecoder.Decode(0xE0041234u);
        var success = FacilityDecoder.Decode(0x00240001u);

        Assert.That(vendor.IsFailure, Is.True);
        Assert.That(vendor.IsCustomer, Is.True);
        Assert.That(success.IsFailure, Is.False);
        Assert.That(success.SignedForm, Is.EqualTo(0x00240001));
        Assert.That(FacilityDecoder.Decode(0x8024402Cu).SignedForm, Is.EqualTo(-2145107924));
    }

    [Test]
    public void An_unnamed_facility_is_called_by_its_number()
    {
        var anatomy = FacilityDecoder.Decode(0x87FF0001u);

        Assert.That(anatomy.Facility, Is.EqualTo(0x7FF));
        Assert.That(anatomy.FacilityName, Is.EqualTo(ExplainStrings.FormatFacilityUnknown(0x7FF)));
        Assert.That(anatomy.Area, Is.Null);
    }
}
