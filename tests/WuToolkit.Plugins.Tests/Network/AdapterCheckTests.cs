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
    public async Task A_healthy_PC_with_virtual_switches_Bluetooth_tunnels_and_a_disconnected_WiFi_passes_on_its_cable()
    {
        var result = await CheckHarness.RunAsync(new AdapterCheck(), CheckHarness.EmptyPc with { Adapters = SampleAdapters.HealthyVariety });

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.StartWith("Ethernet is connected with 192.168.1.23 through the gateway 192.168.1.1, with the DNS servers 192.168.1.1"));
        Assert.That(result.Evidence, Has.Count.EqualTo(SampleAdapters.HealthyVariety.Count), "every adapter is shown");
    }

    [Test]
    public async Task A_PC_whose_traffic_leaves_through_a_Hyper_V_external_switch_passes()
    {
        var card = SampleAdapters.Ethernet with { IPv4Addresses = [], Gateways = [], DnsServers = [] };
        var external = SampleAdapters.Ethernet with { Name = "vEthernet (External)", Description = "Hyper-V Virtual Ethernet Adapter #3" };

        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(card, external, Loopback));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.StartWith("vEthernet (External) is connected"));
    }

    [Test]
    public async Task A_virtual_machine_on_its_virtual_network_card_passes()
    {
        var guest = SampleAdapters.Ethernet with { Description = "Microsoft Hyper-V Network Adapter", IPv4Addresses = ["172.17.96.20"], Gateways = ["172.17.96.1"], DnsServers = ["172.17.96.1"] };

        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(guest, Loopback));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task An_unplugged_laptop_fails_even_though_its_WSL_switch_keeps_an_address()
    {
        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(SampleAdapters.Wsl, SampleAdapters.EthernetUnplugged, SampleAdapters.WiFiOff, Loopback));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("media disconnected on Ethernet, Wi-Fi").And.Not.Contain("vEthernet"));
    }

    [Test]
    public async Task A_self_assigned_address_on_a_Hyper_V_external_switch_blames_DHCP()
    {
        var card = SampleAdapters.Ethernet with { IPv4Addresses = [], Gateways = [], DnsServers = [] };
        var external = card with { Name = "vEthernet (External)", Description = "Hyper-V Virtual Ethernet Adapter #3", IPv4Addresses = ["169.254.10.20"] };

        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(card, external, Loopback));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("vEthernet (External)").And.Contain("169.254.10.20").And.Contain("DHCP"));
    }

    [Test]
    public async Task No_DNS_server_on_any_adapter_fails_and_says_how_to_get_one()
    {
        var noDns = SampleAdapters.Ethernet with { DnsServers = [] };

        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(Loopback, noDns, SampleAdapters.WiFiOff));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("Ethernet is connected with 192.168.1.23 but no adapter has a DNS server").And.Contain("ipconfig /renew"));
    }

    [Test]
    public async Task The_site_local_placeholders_Windows_lists_without_DNS_are_no_DNS_servers()
    {
        var placeholders = SampleAdapters.Ethernet with { DnsServers = ["fec0:0:0:ffff::1%1", "fec0:0:0:ffff::2%1", "fec0:0:0:ffff::3%1"] };

        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(placeholders));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("no adapter has a DNS server"));
    }

    [Test]
    public async Task DNS_servers_that_only_a_VPN_provides_are_enough()
    {
        var noDns = SampleAdapters.Ethernet with { DnsServers = [] };

        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(noDns, SampleAdapters.SplitVpn));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("through the DNS servers of Contoso VPN"));
    }

    [Test]
    public async Task Of_two_routes_out_the_one_with_DNS_servers_is_named()
    {
        var tethered = SampleAdapters.Ethernet with { Name = "Ethernet 4", Description = "Remote NDIS based Internet Sharing Device", IPv4Addresses = ["192.168.42.7"], Gateways = ["192.168.42.129"], DnsServers = [] };

        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(tethered, SampleAdapters.Ethernet));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.StartWith("Ethernet is connected with 192.168.1.23"));
    }

    [Test]
    public async Task Only_virtual_switches_and_no_network_card_fails_as_no_adapter()
    {
        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(SampleAdapters.Wsl, Loopback));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("No network adapter"));
    }

    [Test]
    public async Task The_evidence_shows_each_adapters_DNS_servers()
    {
        var result = await CheckHarness.RunAsync(new AdapterCheck(), PcWith(SampleAdapters.Ethernet));

        Assert.That(result.Evidence("adapter1"), Is.EqualTo("Ethernet (Ethernet): Up; ipv4 192.168.1.23; gateway 192.168.1.1; dns 192.168.1.1"));
    }

    [Test]
    public async Task A_snapshot_without_adapters_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new AdapterCheck(), CheckHarness.EmptyPc));
    }
}
