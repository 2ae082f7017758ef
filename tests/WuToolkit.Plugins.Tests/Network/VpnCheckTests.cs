using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Network;

public class VpnCheckTests
{
    private static Task<CheckResult> RunAsync(params AdapterInfo[] adapters) =>
        CheckHarness.RunAsync(new VpnCheck(), CheckHarness.EmptyPc with { Adapters = adapters });

    [Test]
    public async Task A_healthy_PC_with_virtual_switches_Bluetooth_Teredo_and_a_mesh_overlay_has_no_VPN()
    {
        var result = await RunAsync([.. SampleAdapters.HealthyVariety]);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Is.EqualTo("No VPN adapter on this PC"));
        Assert.That(result.Evidence, Is.Empty);
    }

    [Test]
    public async Task A_VPN_adapter_that_is_not_connected_passes()
    {
        var result = await RunAsync(SampleAdapters.Ethernet, SampleAdapters.SplitVpn with { State = AdapterState.Down, IPv4Addresses = [] });

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("none connected"));
        Assert.That(result.Evidence("vpn1"), Does.StartWith("Contoso VPN (Tunnel): Down"));
    }

    [Test]
    public async Task A_connected_VPN_warns_and_suggests_split_tunnelling()
    {
        var result = await RunAsync(SampleAdapters.Ethernet, SampleAdapters.SplitVpn);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("A VPN is connected (Contoso VPN)").And.Contain("split tunnelling"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task A_VPN_client_reported_as_Ethernet_with_the_default_route_warns_as_a_full_tunnel()
    {
        var result = await RunAsync(SampleAdapters.Ethernet, SampleAdapters.AnyConnect);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("A VPN is connected with a default route (Ethernet 2)"));
    }

    [Test]
    public async Task A_snapshot_without_adapters_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new VpnCheck(), CheckHarness.EmptyPc));
    }
}
