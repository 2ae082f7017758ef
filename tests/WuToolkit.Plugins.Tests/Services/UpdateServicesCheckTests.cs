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

    private static readonly ServiceInfo SignInAssistant =
        new() { Name = "wlidsvc", DisplayName = "Microsoft Account Sign-in Assistant", StartType = ServiceStartType.Manual, State = ServiceState.Stopped };

    private static TestPc PcWith(params ServiceInfo[] services) => CheckHarness.EmptyPc with
    {
        Services = services,
        ServicesComplete = true,
    };

    private static TestPc Windows11 => PcWith(Bits, WindowsUpdate, ModulesInstaller, Cryptographic, Orchestrator, DeliveryOptimization, SignInAssistant);

    [Test]
    public async Task Every_service_at_its_default_passes_with_one_fact_per_service()
    {
        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), Windows11);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence.Select(e => e.Key), Is.EqualTo(new[] { "BITS", "wuauserv", "TrustedInstaller", "CryptSvc", "UsoSvc", "DoSvc", "wlidsvc" }));
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
            Services = [Bits with { StartType = ServiceStartType.AutomaticDelayed }, WindowsUpdate, ModulesInstaller, Cryptographic, SignInAssistant],
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
    public async Task Trigger_start_services_idle_and_stopped_are_normal()
    {
        var idle = PcWith(
            Bits with { State = ServiceState.Stopped },
            WindowsUpdate with { State = ServiceState.Stopped },
            ModulesInstaller,
            Cryptographic,
            Orchestrator with { State = ServiceState.Stopped },
            DeliveryOptimization with { StartType = ServiceStartType.Manual, State = ServiceState.Stopped },
            SignInAssistant);

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), idle);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Is.EqualTo("The update services are present and none is disabled"));
    }

    [Test]
    public async Task Windows_Server_Core_without_the_sign_in_assistant_and_DoSvc_starting_automatically_passes()
    {
        var serverCore = PcWith(
            Bits, WindowsUpdate, ModulesInstaller, Cryptographic,
            Orchestrator with { StartType = ServiceStartType.Manual },
            DeliveryOptimization with { StartType = ServiceStartType.Automatic });

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), serverCore);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Is.EqualTo("The update services are present and none is disabled"));
        Assert.That(result.Evidence("wlidsvc"), Is.EqualTo("absent"));
    }

    [Test]
    public async Task A_disabled_sign_in_assistant_warns_that_feature_updates_are_not_offered()
    {
        var pc = Windows11WithSignInAssistantDisabled;

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("Microsoft Account Sign-in Assistant (wlidsvc) is disabled").And.Contain("feature updates").And.Contain("Manual"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "services.restore-defaults" }));
    }

    [Test]
    public async Task A_disabled_sign_in_assistant_fails_when_the_question_is_an_upgrade()
    {
        var result = await CheckTester.RunAsync(new UpdateServicesCheck(), Windows11WithSignInAssistantDisabled, Scenario.Upgrade);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "services.restore-defaults" }));
    }

    [Test]
    public async Task A_disabled_sign_in_assistant_only_warns_for_monthly_updates()
    {
        var result = await CheckTester.RunAsync(new UpdateServicesCheck(), Windows11WithSignInAssistantDisabled, Scenario.Update);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task A_disabled_sign_in_assistant_on_Windows_Server_is_allowed()
    {
        var server = Windows11WithSignInAssistantDisabled with
        {
            Os = new OsInfo { ProductName = "Windows Server 2022 Datacenter", Version = "10.0.20348", Build = 20348, Architecture = "x64" },
        };

        var result = await CheckTester.RunAsync(new UpdateServicesCheck(), server, Scenario.Upgrade);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("wlidsvc").And.Contain("Windows Server"));
    }

    [Test]
    public async Task A_disabled_sign_in_assistant_is_named_with_other_disabled_services()
    {
        var pc = PcWith(
            Bits, WindowsUpdate with { StartType = ServiceStartType.Disabled, State = ServiceState.Stopped }, ModulesInstaller, Cryptographic,
            Orchestrator, DeliveryOptimization, SignInAssistant with { StartType = ServiceStartType.Disabled });

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("Windows Update (wuauserv)").And.Contain("Microsoft Account Sign-in Assistant (wlidsvc)"));
    }

    [Test]
    public async Task A_sign_in_assistant_off_on_Windows_Server_is_not_named_among_disabled_update_services()
    {
        var server = PcWith(
            Bits, WindowsUpdate with { StartType = ServiceStartType.Disabled, State = ServiceState.Stopped }, ModulesInstaller, Cryptographic,
            Orchestrator, DeliveryOptimization, SignInAssistant with { StartType = ServiceStartType.Disabled }) with
        {
            Os = new OsInfo { ProductName = "Windows Server 2019 Standard", Version = "10.0.17763", Build = 17763, Architecture = "x64" },
        };

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), server);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("Windows Update (wuauserv)").And.Not.Contain("wlidsvc"));
    }

    [Test]
    public async Task A_service_set_to_start_automatically_but_stopped_warns()
    {
        var pc = PcWith(
            Bits, WindowsUpdate, ModulesInstaller, Cryptographic with { State = ServiceState.Stopped }, Orchestrator, DeliveryOptimization, SignInAssistant);

        var result = await CheckHarness.RunAsync(new UpdateServicesCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("Cryptographic Services (CryptSvc) should start with Windows but is stopped"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "services.restore-defaults" }), "the fix starts a service that should be running");
    }

    private static TestPc Windows11WithSignInAssistantDisabled => PcWith(
        Bits, WindowsUpdate, ModulesInstaller, Cryptographic, Orchestrator, DeliveryOptimization,
        SignInAssistant with { StartType = ServiceStartType.Disabled });

    [Test]
    public async Task A_service_the_snapshot_did_not_record_leaves_the_question_unanswered()
    {
        var partial = CheckHarness.EmptyPc with { Services = [Bits, WindowsUpdate] };

        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new UpdateServicesCheck(), partial));
    }
}
