using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Tests.Logs;

public class CompatDataTests
{
    private const string Report =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        "<CompatReport xmlns=\"http://www.microsoft.com/ApplicationExperience/UpgradeAdvisor/01012009\">\n" +
        "  <Hardware>\n" +
        "    <HardwareItem HardwareType=\"Setup_SecureBoot\"><CompatibilityInfo BlockingType=\"None\"/></HardwareItem>\n" +
        "    <HardwareItem HardwareType=\"Setup_LowDisk\"><CompatibilityInfo BlockingType=\"Hard\" Message=\"Free up space\"/></HardwareItem>\n" +
        "  </Hardware>\n" +
        "  <Devices><Device Name=\"Demo camera\" Class=\"Camera\"><CompatibilityInfo BlockingType=\"None\"/></Device></Devices>\n" +
        "  <DriverPackages>\n" +
        "    <DriverPackage Inf=\"oem3.inf\" BlockMigration=\"False\" HasSignedBinaries=\"True\"/>\n" +
        "    <DriverPackage Inf=\"oem1.inf\" BlockMigration=\"True\" HasSignedBinaries=\"False\"/>\n" +
        "  </DriverPackages>\n" +
        "  <Programs>\n" +
        "    <Program Name=\"Demo Antivirus 1.0\" Id=\"demo\">\n" +
        "      <CompatibilityInfo BlockingType=\"Hard\" StatusDetail=\"Uninstall\"/>\n" +
        "      <Action Name=\"Uninstall\" ResolveState=\"Hard\"/>\n" +
        "    </Program>\n" +
        "  </Programs>\n" +
        "</CompatReport>\n";

    [Test]
    public void Each_item_is_an_entry_with_its_attributes_and_whether_it_blocks()
    {
        var entries = LogFixtures.Read(Report, "CompatData_2024_03_01.xml");

        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(LogKind.CompatData));
        Assert.That(entries.Select(e => (e.Line, e.Component, e.Level, e.Text)), Is.EqualTo(new[]
        {
            (4L, "HardwareItem", "Info", "HardwareType=Setup_SecureBoot; BlockingType=None"),
            (5L, "HardwareItem", "Block", "HardwareType=Setup_LowDisk; BlockingType=Hard; Message=Free up space"),
            (7L, "Device", "Info", "Name=Demo camera; Class=Camera; BlockingType=None"),
            (9L, "DriverPackage", "Info", "Inf=oem3.inf; BlockMigration=False; HasSignedBinaries=True"),
            (10L, "DriverPackage", "Block", "Inf=oem1.inf; BlockMigration=True; HasSignedBinaries=False"),
            (13L, "Program", "Block", "Name=Demo Antivirus 1.0; Id=demo; BlockingType=Hard; StatusDetail=Uninstall; Action.Name=Uninstall; Action.ResolveState=Hard"),
        }));
        Assert.That(entries.Select(e => e.Time), Is.All.Null);
    }

    [Test]
    public void Scan_results_are_recognised_by_name_or_by_content()
    {
        Assert.That(LogFixtures.Read(Report, "ScanResult.xml").First().Kind, Is.EqualTo(LogKind.CompatData));
        Assert.That(LogFixtures.Read(Report, "report.xml").First().Kind, Is.EqualTo(LogKind.CompatData));
    }

    [Test]
    public void A_report_cut_short_gives_the_items_before_the_cut()
    {
        var cut = Report[..Report.IndexOf("<Programs>", StringComparison.Ordinal)] + "<Programs><Program Name=\"Cut";

        Assert.That(LogFixtures.Read(cut, "CompatData.xml"), Has.Count.EqualTo(5));
    }

    [Test]
    public void An_items_attributes_are_its_fields_by_the_same_names()
    {
        var program = LogFixtures.Read(Report, "CompatData_2024_03_01.xml").Single(e => e.Component == "Program");

        Assert.That(program.Fields, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Name"] = "Demo Antivirus 1.0",
            ["Id"] = "demo",
            ["BlockingType"] = "Hard",
            ["StatusDetail"] = "Uninstall",
            ["Action.Name"] = "Uninstall",
            ["Action.ResolveState"] = "Hard",
        }));
        Assert.That(program.Field("blockingtype"), Is.EqualTo("Hard"));
    }

    [Test]
    public void The_first_of_a_repeated_attribute_is_kept_as_a_rule_reading_the_text_found_it()
    {
        var item = LogFixtures.Read(
            "<CompatReport><Programs><Program Name=\"A\" BlockingType=\"None\"><CompatibilityInfo BlockingType=\"Hard\"/></Program></Programs></CompatReport>",
            "CompatData.xml").Single();

        Assert.That((item.Level, item.Field("BlockingType")), Is.EqualTo(("Block", "None")));
    }

    [Test]
    public void An_item_with_countless_attributes_keeps_a_bounded_number_of_fields()
    {
        var attributes = string.Concat(Enumerable.Range(0, 5_000).Select(i => $" a{i}=\"v\""));

        var item = LogFixtures.Read($"<CompatReport><Devices><Device{attributes}/></Devices></CompatReport>", "CompatData.xml").Single();

        Assert.That(item.Fields, Has.Count.EqualTo(256));
    }
}
