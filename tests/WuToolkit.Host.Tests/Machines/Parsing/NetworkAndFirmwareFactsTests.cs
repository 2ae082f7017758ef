using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

public class NetworkAndFirmwareFactsTests
{
    [TestCase(0x1u, false)]       // unrestricted: Ethernet, home Wi-Fi
    [TestCase(0x2u, true)]        // fixed: a data plan with a cap
    [TestCase(0x4u, true)]        // variable: paid by the byte
    [TestCase(0x10002u, true)]    // fixed and over the limit
    [TestCase(0x40004u, true)]    // roaming
    [TestCase(0x80002u, true)]    // approaching the limit of a fixed plan
    [TestCase(0x20001u, false)]   // congested but unrestricted
    public void A_connection_is_metered_when_it_costs_by_plan_or_byte(uint cost, bool metered) =>
        Assert.That(ConnectionCostFacts.Read(cost), Is.EqualTo(new ConnectionCostInfo { Metered = metered }));

    [TestCase(0u)]
    [TestCase(0x80000u)]
    public void A_cost_without_a_level_is_unknown(uint cost) => Assert.That(ConnectionCostFacts.Read(cost), Is.Null);

    [Test]
    public void Secure_boot_is_capable_wherever_windows_wrote_its_state()
    {
        Assert.That(FirmwareFacts.SecureBoot(FirmwareType.Uefi, 1), Is.EqualTo(((bool?)true, (bool?)true)));
        Assert.That(FirmwareFacts.SecureBoot(FirmwareType.Uefi, 0), Is.EqualTo(((bool?)false, (bool?)true)));
    }

    [Test]
    public void Uefi_without_the_state_cannot_do_secure_boot_and_legacy_boot_cannot_tell()
    {
        Assert.That(FirmwareFacts.SecureBoot(FirmwareType.Uefi, null), Is.EqualTo(((bool?)null, (bool?)false)));
        Assert.That(FirmwareFacts.SecureBoot(FirmwareType.Bios, null), Is.EqualTo(((bool?)null, (bool?)null)));
    }
}
