using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Services;
using WuToolkit.Plugins.Services.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Services.Fixes;

public class RestoreDefaultsFixTests
{
    private static readonly OsInfo Windows11 = new() { ProductName = "Windows 11 Pro", Version = "10.0.26100", Build = 26100, Architecture = "x64" };

    private static readonly OsInfo Server2022 =
        new() { ProductName = "Windows Server 2022 Datacenter", Version = "10.0.20348", Build = 20348, Architecture = "x64" };

    private static readonly IReadOnlyList<ServiceInfo> Defaults =
    [
        Service("BITS", ServiceStartType.Manual, ServiceState.Stopped),
        Service("wuauserv", ServiceStartType.Manual, ServiceState.Stopped),
        Service("TrustedInstaller", ServiceStartType.Manual, ServiceState.Stopped),
        Service("CryptSvc", ServiceStartType.Automatic),
        Service("UsoSvc", ServiceStartType.AutomaticDelayed),

        // Delayed and idle: stopped, which is normal.
        Service("DoSvc", ServiceStartType.AutomaticDelayed, ServiceState.Stopped),
        Service("wlidsvc", ServiceStartType.Manual, ServiceState.Stopped),
    ];

    private static TestPc Healthy => Pc(Windows11);

    /// <summary>What a "debloat" tool leaves: the update services disabled and stopped.</summary>
    private static TestPc Debloated => Healthy.WithServices(
        Service("BITS", ServiceStartType.Disabled, ServiceState.Stopped),
        Service("wuauserv", ServiceStartType.Disabled, ServiceState.Stopped),
        Service("CryptSvc", ServiceStartType.Disabled, ServiceState.Stopped),
        Service("UsoSvc", ServiceStartType.Disabled, ServiceState.Stopped),
        Service("wlidsvc", ServiceStartType.Disabled, ServiceState.Stopped));

    [Test]
    public async Task Sets_each_disabled_service_to_its_default_then_starts_those_that_should_run()
    {
        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), Debloated);

        Assert.That(plan.Steps, Is.EqualTo(new FixStep[]
        {
            new SetServiceStartTypeStep { ServiceName = "BITS", StartType = ServiceStartType.Manual },
            new SetServiceStartTypeStep { ServiceName = "wuauserv", StartType = ServiceStartType.Manual },
            new SetServiceStartTypeStep { ServiceName = "CryptSvc", StartType = ServiceStartType.Automatic },
            new SetServiceStartTypeStep { ServiceName = "UsoSvc", StartType = ServiceStartType.AutomaticDelayed },
            new SetServiceStartTypeStep { ServiceName = "wlidsvc", StartType = ServiceStartType.Manual },
            new StartServiceStep { ServiceName = "CryptSvc" },
            new StartServiceStep { ServiceName = "UsoSvc" },
        }).Using<FixStep>(SameStep));
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Steps.Select(step => step.Reason), Has.All.Not.Empty);
        Assert.That(plan.Steps[0].Reason, Does.Contain("Disabled").And.Contain("Manual"));
        Assert.That(plan.Omitted, Is.Empty);
    }

    [Test]
    public async Task Planning_only_asks()
    {
        var plan = await PlanWithoutChangeAsync(new RestoreDefaultsFix(), new SimulatedPc(Debloated));

        Assert.That(plan.Steps, Is.Not.Empty);
    }

    [Test]
    public async Task Applied_the_services_check_passes_and_manual_services_stay_stopped()
    {
        var pc = new SimulatedPc(Debloated);
        Assert.That((await CheckTester.RunAsync(new UpdateServicesCheck(), pc)).Status, Is.EqualTo(CheckStatus.Fail));
        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Has.All.EqualTo(StepStatus.Done));
        Assert.That((await CheckTester.RunAsync(new UpdateServicesCheck(), pc)).Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(ServiceOn(pc, "CryptSvc").State, Is.EqualTo(ServiceState.Running));
        Assert.That(ServiceOn(pc, "UsoSvc").State, Is.EqualTo(ServiceState.Running));
        Assert.That(ServiceOn(pc, "wuauserv"), Is.EqualTo(Service("wuauserv", ServiceStartType.Manual, ServiceState.Stopped)), "trigger start: it starts when needed");
        Assert.That(ServiceOn(pc, "BITS").State, Is.EqualTo(ServiceState.Stopped));
        PlanAssert.IsEmpty(await FixTester.PlanAsync(new RestoreDefaultsFix(), pc));
    }

    [Test]
    public async Task A_healthy_pc_gets_an_empty_plan()
    {
        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), Healthy);

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted, Is.Empty);
        Assert.That(plan.Notes, Is.Empty);
    }

    [Test]
    public async Task Any_documented_default_is_left_as_it_is()
    {
        // BITS started delayed on early Windows 10; DoSvc is manual (trigger start) on some Windows 11 builds.
        var pc = Healthy.WithServices(Service("BITS", ServiceStartType.AutomaticDelayed), Service("DoSvc", ServiceStartType.Manual, ServiceState.Stopped));

        PlanAssert.IsEmpty(await FixTester.PlanAsync(new RestoreDefaultsFix(), pc));
    }

    [Test]
    public async Task A_start_type_someone_changed_goes_back_without_stopping_the_service()
    {
        var pc = Healthy.WithServices(Service("wuauserv", ServiceStartType.Automatic));

        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), pc);

        Assert.That(plan.Steps, Is.EqualTo(new FixStep[] { new SetServiceStartTypeStep { ServiceName = "wuauserv", StartType = ServiceStartType.Manual } }).Using<FixStep>(SameStep));
    }

    [Test]
    public async Task An_automatic_service_that_is_stopped_is_started()
    {
        var pc = new SimulatedPc(Healthy.WithServices(Service("CryptSvc", ServiceStartType.Automatic, ServiceState.Stopped)));
        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), pc);

        await FixTester.ApplyAsync(plan, pc);

        Assert.That(plan.Steps, Is.EqualTo(new FixStep[] { new StartServiceStep { ServiceName = "CryptSvc" } }).Using<FixStep>(SameStep));
        Assert.That(ServiceOn(pc, "CryptSvc").State, Is.EqualTo(ServiceState.Running));
    }

    [Test]
    public async Task Services_this_windows_does_not_have_are_skipped_and_a_missing_required_one_is_said_to_be_beyond_repair_here()
    {
        var windows81 = Pc(Windows11, without: ["UsoSvc", "DoSvc", "wlidsvc", "CryptSvc"]).WithServices(Service("BITS", ServiceStartType.Disabled, ServiceState.Stopped));

        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), windows81);

        Assert.That(plan.Steps, Is.EqualTo(new FixStep[] { new SetServiceStartTypeStep { ServiceName = "BITS", StartType = ServiceStartType.Manual } }).Using<FixStep>(SameStep));
        Assert.That(plan.Omitted.Select(omitted => omitted.Description), Is.EqualTo(new[] { "Set CryptSvc back to Automatic" }));
        Assert.That(plan.Omitted[0].Reason, Does.Contain("does not exist").And.Contain("RestoreHealth"));
    }

    [Test]
    public async Task On_windows_server_the_sign_in_assistant_may_stay_disabled_and_delivery_optimization_starts_automatically()
    {
        var server = Pc(Server2022).WithServices(
            Service("wlidsvc", ServiceStartType.Disabled, ServiceState.Stopped),
            Service("DoSvc", ServiceStartType.Disabled, ServiceState.Stopped));

        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), server);

        Assert.That(plan.Steps, Is.EqualTo(new FixStep[]
        {
            new SetServiceStartTypeStep { ServiceName = "DoSvc", StartType = ServiceStartType.Automatic },
            new StartServiceStep { ServiceName = "DoSvc" },
        }).Using<FixStep>(SameStep));
        Assert.That(plan.Omitted, Has.Count.EqualTo(1));
        Assert.That(plan.Omitted[0].Description, Does.Contain("wlidsvc"));
        Assert.That(plan.Omitted[0].Reason, Does.Contain("Windows Server"));
    }

    [Test]
    public async Task A_managed_pc_is_told_that_a_policy_may_set_them_again()
    {
        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), Debloated, context => context with { ManagedBy = ["Configuration Manager"] });
        var healthy = await FixTester.PlanAsync(new RestoreDefaultsFix(), Healthy, context => context with { ManagedBy = ["Configuration Manager"] });

        Assert.That(plan.Notes, Has.One.Contains("Configuration Manager").And.Contains("policy"));
        Assert.That(healthy.Notes, Is.Empty, "nothing to do, nothing to warn about");
    }

    [Test]
    public async Task A_pc_that_cannot_say_about_a_service_gets_its_default_for_the_pc_to_decide()
    {
        var snapshot = TestPc.Empty with { Services = [.. Defaults.Where(service => service.Name != "UsoSvc")], Os = Windows11 };

        var plan = await FixTester.PlanAsync(new RestoreDefaultsFix(), snapshot);

        Assert.That(plan.Steps, Is.EqualTo(new FixStep[] { new SetServiceStartTypeStep { ServiceName = "UsoSvc", StartType = ServiceStartType.AutomaticDelayed } }).Using<FixStep>(SameStep));
    }

    private static TestPc Pc(OsInfo os, params string[] without) => TestPc.Empty with
    {
        Os = os,
        Services = [.. Defaults.Where(service => !without.Contains(service.Name))],
        ServicesComplete = true,
    };

    /// <summary>Steps compared by what they do, not by their reasons and timeouts.</summary>
    private static bool SameStep(FixStep left, FixStep right) => (left, right) switch
    {
        (SetServiceStartTypeStep a, SetServiceStartTypeStep b) => a.ServiceName == b.ServiceName && a.StartType == b.StartType,
        (StartServiceStep a, StartServiceStep b) => a.ServiceName == b.ServiceName,
        _ => false,
    };

    [Test]
    public async Task Passes_the_safety_battery()
    {
        var proof = await FixTester.ProveSafeAsync(new RestoreDefaultsFix(), Debloated);

        Assert.That(proof.Operations, Is.EqualTo(7));
        Assert.That((await CheckTester.RunAsync(new UpdateServicesCheck(), proof.AppliedPc)).Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Passes_the_safety_battery_on_windows_server()
    {
        var server = Pc(Server2022).WithServices(Service("DoSvc", ServiceStartType.Disabled, ServiceState.Stopped), Service("wlidsvc", ServiceStartType.Disabled, ServiceState.Stopped));

        var proof = await FixTester.ProveSafeAsync(new RestoreDefaultsFix(), server);

        Assert.That(ServiceOn(proof.AppliedPc, "wlidsvc").StartType, Is.EqualTo(ServiceStartType.Disabled));
    }
}

internal static class ServicePcs
{
    public static TestPc WithServices(this TestPc pc, params ServiceInfo[] replacements) => pc with
    {
        Services = [.. (pc.Services ?? []).Select(service => replacements.FirstOrDefault(replacement => replacement.Name == service.Name) ?? service)],
    };
}
