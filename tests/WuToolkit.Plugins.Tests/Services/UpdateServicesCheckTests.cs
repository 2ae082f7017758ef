using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Services;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Services;

public class UpdateServicesCheckTests
{
    private static readonly ServiceInfo Bits =
        new() { Name = "BITS", DisplayName = "Background Intelligent Transfer Service", StartType = ServiceStartType.Manual, State = ServiceState.Running };

    private static readonly ServiceInfo WindowsUpdate = new() { Name = "wuauserv", DisplayName = "Windows Update", StartType = ServiceStartType.Manual, State = ServiceState.Running };

    private static readonly ServiceInfo ModulesInstaller =
        new() { Name = "TrustedInstaller", DisplayName = "Windows Modules Installer", StartType = ServiceStartType.Manual, State = ServiceState.Stopped };

    private static readonly ServiceInfo Cryptographic =
        new() { Name = "CryptSvc", DisplayName = "Cryptographic Services", StartType = ServiceStartType.Automatic, State = ServiceState.Running };

    private static readonly ServiceInfo Orchestrator =
        new() { Name = "UsoSvc", DisplayName = "Update Orchestrator Service", StartType = ServiceStartType.AutomaticDelayed, State = ServiceState.Running };

    private static readonly ServiceInfo DeliveryOptimization =
        new() { Name = "DoSvc", DisplayName = "Delivery Optimization", StartType = ServiceStartType.AutomaticDelayed, State = ServiceState.Running };

    private static TestPc PcWith(params ServiceInfo[] services) => CheckHarness.EmptyPc with
    {
        Services = services,
        ServicesComplete = true,
    };

    private static TestPc Windows11 => PcWith(Bits, WindowsUpdate, ModulesInstaller, Cryptographic, Orchestrator, DeliveryOptimization);

    [Test]
    public async Task Every_service_at_its_default_passes_with_one_fact_per_service()
    {
        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), Windows11);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence.Select(e => e.Key), Is.EqualTo(new[] { "BITS", "wuauserv", "TrustedInstaller", "CryptSvc", "UsoSvc", "DoSvc" }));
        Assert.That(result.Evidence("wuauserv"), Is.EqualTo("Manual/Running"));
        Assert.That(result.Evidence("TrustedInstaller"), Is.EqualTo("Manual/Stopped"));
    }

    [Test]
    public async Task Disabled_services_fail_and_are_named_as_Windows_shows_them()
    {
        var pc = PcWith(
            Bits with { StartType = ServiceStartType.Disabled, State = ServiceState.Stopped },
            WindowsUpdate with { StartType = ServiceStartType.Disabled, State = ServiceState.Stopped },
            ModulesInstaller, Cryptographic, Orchestrator, DeliveryOptimization);

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("Background Intelligent Transfer Service (BITS)").And.Contain("Windows Update (wuauserv)"));
        Assert.That(result.Summary, Does.Not.Contain("Cryptographic Services"));
        Assert.That(result.Evidence("wuauserv"), Is.EqualTo("Disabled/Stopped"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "services.restore-defaults" }));
    }

    [Test]
    public async Task A_missing_core_service_fails()
    {
        var pc = PcWith(Bits, WindowsUpdate, ModulesInstaller, Orchestrator, DeliveryOptimization);

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("CryptSvc").And.Contain("DISM"));
        Assert.That(result.Evidence("CryptSvc"), Is.EqualTo("absent"));
        Assert.That(result.FixIds, Is.Empty, "restoring start types cannot bring back a deleted service");
    }

    [Test]
    public async Task A_missing_and_a_disabled_service_are_both_named()
    {
        var pc = PcWith(
            Bits, WindowsUpdate, Cryptographic, Orchestrator,
            DeliveryOptimization with { StartType = ServiceStartType.Disabled, State = ServiceState.Stopped });

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("TrustedInstaller").And.Contain("Delivery Optimization (DoSvc)"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "services.restore-defaults" }));
    }

    [Test]
    public async Task Older_Windows_without_UsoSvc_and_DoSvc_passes()
    {
        var windows81 = CheckHarness.EmptyPc with
        {
            Services = [Bits with { StartType = ServiceStartType.AutomaticDelayed }, WindowsUpdate, ModulesInstaller, Cryptographic],
            AbsentServices = ["UsoSvc", "DoSvc"],
        };

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), windows81);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("UsoSvc"), Is.EqualTo("absent"));
        Assert.That(result.Evidence("DoSvc"), Is.EqualTo("absent"));
    }

    [Test]
    public async Task A_start_type_changed_but_not_disabled_passes_and_shows_the_default()
    {
        var pc = PcWith(
            Bits, WindowsUpdate with { StartType = ServiceStartType.Automatic }, ModulesInstaller, Cryptographic, Orchestrator, DeliveryOptimization);

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("wuauserv"));
        Assert.That(result.Evidence("wuauserv"), Is.EqualTo("Automatic/Running"));
        Assert.That(result.Evidence("wuauserv.defaultStartType"), Is.EqualTo("Manual"));
    }

    [Test]
    public async Task A_service_the_snapshot_did_not_record_leaves_the_question_unanswered()
    {
        var partial = CheckHarness.EmptyPc with { Services = [Bits, WindowsUpdate] };

        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new UpdateServicesCheck(), partial));
    }
}
