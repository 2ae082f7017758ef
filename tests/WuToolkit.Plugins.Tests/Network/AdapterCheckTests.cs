using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Network;

public class AdapterCheckTests
{
    private static readonly AdapterInfo Loopback =
        new() { Name = "Loopback Pseudo-Interface 1", Description = "Software Loopback Interface 1", Kind = AdapterKind.Loopback, State = AdapterState.Up, IPv4Addresses = ["127.0.0.1"], Gateways = [], DnsServers = [] };

    private static AdapterInfo Ethernet(AdapterState state, string[] addresses, string[] gateways) =>
        new() { Name = "Ethernet", Description = "Intel(R) Ethernet Connection (7) I219-LM", Kind = AdapterKind.Ethernet, State = state, IPv4Addresses = addresses, Gateways = gateways, DnsServers = ["192.168.1.1"] };

    private static AdapterInfo WiFi(AdapterState state, string[] addresses, string[] gateways) =>
        new() { Name = "Wi-Fi", Description = "Intel(R) Wi-Fi 6 AX201 160MHz", Kind = AdapterKind.Wireless, State = state, IPv4Addresses = addresses, Gateways = gateways, DnsServers = ["192.168.1.1"] };

    private static TestPc PcWith(params AdapterInfo[] adapters) => CheckHarness.EmptyPc with { Adapters = adapters };

    [Test]
    public async Task An_adapter_up_with_an_address_and_a_gateway_passes()
    {
        var pc = PcWith(Loopback, Ethernet(AdapterState.Down, [], []), WiFi(AdapterState.Up, ["192.168.1.23"], ["192.168.1.1"]));

        var result = await CheckHarness.RunAsync(new AdapterCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Wi-Fi").And.Contain("192.168.1.23"));
        Assert.That(result.Evidence, Has.Count.EqualTo(3));
        Assert.That(result.Evidence("adapter3"), Does.Contain("Wi-Fi").And.Contain("Up").And.Contain("192.168.1.23"));
        Assert.That(result.Evidence("adapter2"), Does.Contain("Ethernet").And.Contain("Down"));
    }

    [Test]
    public async Task A_self_assigned_address_fails_and_blames_DHCP()
    {
        var pc = PcWith(Loopback, Ethernet(AdapterState.Up, ["169.254.83.17"], []));

        var result = await CheckHarness.RunAsync(new AdapterCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("self-assigned 169.254.x.x").And.Contain("169.254.83.17").And.Contain("DHCP did not answer"));
        Assert.That(result.Evidence("adapter2"), Does.Contain("169.254.83.17"));
    }

    [Test]
    public async Task Every_adapter_down_fails_as_media_disconnected()
    {
        var pc = PcWith(Loopback, Ethernet(AdapterState.Down, [], []), WiFi(AdapterState.Down, [], []));

        var result = await CheckHarness.RunAsync(new AdapterCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("media disconnected").And.Contain("Ethernet, Wi-Fi"));
    }

    [Test]
    public async Task A_VPN_tunnel_is_not_a_connection_of_its_own()
    {
        var vpn = new AdapterInfo { Name = "Contoso VPN", Description = "WAN Miniport (IKEv2)", Kind = AdapterKind.Tunnel, State = AdapterState.Up, IPv4Addresses = ["10.8.0.12"], Gateways = ["10.8.0.1"], DnsServers = [] };
        var pc = PcWith(Loopback, vpn, WiFi(AdapterState.Down, [], []));

        var result = await CheckHarness.RunAsync(new AdapterCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("media disconnected").And.Not.Contain("Contoso VPN"));
    }

    [Test]
    public async Task An_adapter_up_without_any_IPv4_address_fails()
    {
        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(Loopback, Ethernet(AdapterState.Up, [], [])));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("usable IPv4 address").And.Contain("Ethernet"));
    }

    [Test]
    public async Task Only_loopback_fails_as_no_adapter()
    {
        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(Loopback));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("No network adapter"));
    }

    [Test]
    public async Task A_static_address_without_a_default_gateway_warns()
    {
        var pc = PcWith(Loopback, Ethernet(AdapterState.Up, ["192.168.1.50"], ["0.0.0.0"]));

        var result = await CheckHarness.RunAsync(new AdapterCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("Ethernet").And.Contain("192.168.1.50").And.Contain("no default gateway"));
    }

    [Test]
    public async Task A_snapshot_without_adapters_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new AdapterCheck(), CheckHarness.EmptyPc));
    }
}
