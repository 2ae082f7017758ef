using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Network;

public class FirewallCheckTests
{
    private static readonly ServiceInfo Firewall =
        new() { Name = "mpssvc", DisplayName = "Windows Defender Firewall", StartType = ServiceStartType.Automatic, State = ServiceState.Running };

    private static Task<CheckResult> RunAsync(ServiceInfo service) =>
        CheckHarness.RunAsync(new FirewallCheck(), CheckHarness.EmptyPc with { Services = [service] });

    [Test]
    public async Task The_firewall_service_running_passes_whatever_firewall_product_is_in_charge()
    {
        var result = await RunAsync(Firewall);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("MpsSvc"), Is.EqualTo("Automatic/Running"));
    }

    [Test]
    public async Task A_stopped_firewall_service_warns_with_the_errors_it_causes()
    {
        var result = await RunAsync(Firewall with { State = ServiceState.Stopped });

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("Windows Defender Firewall (MpsSvc) is Stopped").And.Contain("0x800706D9"));
    }

    [Test]
    public async Task A_disabled_firewall_service_warns_and_says_a_third_party_firewall_needs_no_such_thing()
    {
        var result = await RunAsync(Firewall with { StartType = ServiceStartType.Disabled, State = ServiceState.Stopped });

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("is disabled").And.Contain("third-party firewall"));
    }

    [Test]
    public async Task A_missing_firewall_service_warns()
    {
        var result = await CheckHarness.RunAsync(new FirewallCheck(), CheckHarness.EmptyPc with { AbsentServices = ["MpsSvc"] });

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("MpsSvc"), Is.EqualTo("absent"));
    }

    [Test]
    public async Task A_snapshot_without_the_service_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new FirewallCheck(), CheckHarness.EmptyPc));
    }
}
