using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Cache.Fixes.CachePcs;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Cache.Fixes;

public class ResetComponentsFixTests
{
    private const string DefaultSddl =
        "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;BA)(A;;CCLCSWLOCRRC;;;AU)(A;;CCLCSWRPWPDTLOCRRC;;;PU)";

    /// <summary>A descriptor a "hardening" tool left: only the system may do anything, so the services refuse to start.</summary>
    private const string LockedSddl = "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)";

    private static readonly string[] StopOrder = ["UsoSvc", "DoSvc", "wuauserv", "BITS", "CryptSvc"];

    private static TestPc Broken => StuckDownload
        .WithService(Service("BITS", ServiceStartType.Manual) with { SecurityDescriptor = LockedSddl })
        .WithService(Service("wuauserv", ServiceStartType.Manual) with { SecurityDescriptor = LockedSddl });

    [Test]
    public async Task Follows_microsofts_procedure_in_an_order_that_rolls_back_cleanly()
    {
        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), Broken);

        PlanAssert.StopsInOrder(plan, StopOrder);
        var kinds = plan.Steps.Select(step => step switch
        {
            StopServiceStep => "stop",
            RenameFolderStep => "rename",
            SetServiceSecurityStep => "security",
            RunProgramStep => "register",
            StartServiceStep => "start",
            _ => step.GetType().Name,
        }).Distinct();
        Assert.That(kinds, Is.EqualTo(new[] { "stop", "rename", "security", "register", "start" }), "each kind in one block, in this order");
        Assert.That(plan.Steps.OfType<RenameFolderStep>().Select(rename => (rename.Path, rename.NewName)), Is.EqualTo(new[]
        {
            (BitsQueue, "Downloader.bak"),
            (WindowsPaths.SoftwareDistribution, "SoftwareDistribution.bak"),
            (WindowsPaths.Catroot2, "catroot2.bak"),
        }));
        Assert.That(plan.Steps.OfType<SetServiceSecurityStep>().Select(step => (step.ServiceName, step.Sddl)), Is.EqualTo(new[]
        {
            ("BITS", DefaultSddl),
            ("wuauserv", DefaultSddl),
        }));
        Assert.That(plan.Steps.OfType<StartServiceStep>().Select(step => step.ServiceName), Is.EqualTo(StopOrder.Reverse()));
        PlanAssert.RenamesWithoutDeleting(plan, WindowsPaths.SoftwareDistribution);
        PlanAssert.RenamesWithoutDeleting(plan, WindowsPaths.Catroot2);
        PlanAssert.RenamesWithoutDeleting(plan, BitsQueue);
        Assert.That(plan.Steps.Select(step => step.Reason), Has.All.Not.Empty);
    }

    [Test]
    public async Task Registers_again_only_the_dlls_this_build_has_in_microsofts_order_marked_irreversible()
    {
        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), Broken);

        var registrations = plan.Steps.OfType<RunProgramStep>().ToList();
        Assert.That(registrations.Select(step => step.Arguments[1]), Is.EqualTo(Windows11Dlls), "in Microsoft's order, none that is missing");
        Assert.That(registrations.Select(step => step.Program), Has.All.EqualTo(@"%SystemRoot%\System32\regsvr32.exe"));
        Assert.That(registrations.Select(step => step.Arguments[0]), Has.All.EqualTo("/s"));
        Assert.That(registrations.Select(step => step.SuccessExitCodes), Has.All.EqualTo(new[] { 0, 4 }));
        Assert.That(registrations.Select(step => step.IsReversible), Has.All.False);
        Assert.That(registrations.Select(step => step.Reason), Has.All.Contains("cannot be undone").And.Contains("needs no undoing"));
        PlanAssert.HasIrreversibleStep(plan);
    }

    [Test]
    public async Task Leaves_the_proxy_and_winsock_to_their_own_fixes_and_says_so()
    {
        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), Broken);

        Assert.That(plan.Steps.OfType<RunProgramStep>().Select(step => step.Program), Has.None.Contains("netsh"));
        Assert.That(plan.Notes, Has.One.Contains("network.reset-winhttp-proxy").And.Contains("network.reset-winsock"));
        Assert.That(plan.Steps.OfType<SetRegistryValueStep>(), Is.Empty, "never policy, never the client's identity, never a hive");
    }

    [Test]
    public async Task Planning_only_asks()
    {
        var plan = await PlanWithoutChangeAsync(new ResetComponentsFix(), new SimulatedPc(Broken));

        Assert.That(plan.Steps, Is.Not.Empty);
    }

    [Test]
    public async Task Applied_the_queue_and_folders_are_aside_the_descriptors_documented_and_the_services_running()
    {
        var pc = new SimulatedPc(
            Broken,
            Fault.FolderInUse(BitsQueue, "BITS"),
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "wuauserv"),
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "DoSvc"),
            Fault.FolderInUse(WindowsPaths.Catroot2, "CryptSvc"),
            Fault.ProgramExits("regsvr32.exe", 4));
        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Has.All.EqualTo(StepStatus.Done), "exit code 4: nothing to register is no failure");
        Assert.That(ExistsOn(pc, BitsQueue + @".bak\qmgr.db"), Is.True);
        Assert.That(ExistsOn(pc, BitsQueue), Is.False);
        Assert.That(ExistsOn(pc, WindowsPaths.SoftwareDistribution + ".bak"), Is.True);
        Assert.That(ExistsOn(pc, WindowsPaths.Catroot2 + ".bak"), Is.True);
        Assert.That(ServiceOn(pc, "BITS").SecurityDescriptor, Is.EqualTo(DefaultSddl));
        Assert.That(ServiceOn(pc, "wuauserv").SecurityDescriptor, Is.EqualTo(DefaultSddl));
        Assert.That(StopOrder.Select(name => ServiceOn(pc, name).State), Has.All.EqualTo(ServiceState.Running));
        Assert.That(pc.ProgramsRun.Select(run => string.Join(" ", run.Arguments)), Is.EqualTo(Windows11Dlls.Select(dll => "/s " + dll)));
    }

    [Test]
    public async Task A_registration_that_really_fails_stops_the_run_before_the_services_start()
    {
        var pc = new SimulatedPc(Broken, Fault.ProgramExits("regsvr32.exe", 5));
        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes[^1].Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(outcomes[^1].ExitCode, Is.EqualTo(5));
        Assert.That(pc.ProgramsRun, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Services_this_windows_does_not_have_are_left_out()
    {
        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), Windows81);

        PlanAssert.StopsInOrder(plan, "wuauserv", "BITS", "CryptSvc");
        Assert.That(plan.Steps.OfType<StopServiceStep>().ToList(), Has.Count.EqualTo(3));
        Assert.That(plan.Steps.OfType<StartServiceStep>().Select(step => step.ServiceName), Is.EqualTo(new[] { "CryptSvc", "BITS", "wuauserv" }));
    }

    [Test]
    public async Task A_pc_without_bits_gets_no_descriptor_for_it()
    {
        var pc = Broken with { Services = [.. Broken.Services!.Where(service => service.Name != "BITS")] };

        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), pc);

        Assert.That(plan.Steps.OfType<SetServiceSecurityStep>().Select(step => step.ServiceName), Is.EqualTo(new[] { "wuauserv" }));
    }

    [Test]
    public async Task A_managed_pc_gets_the_same_steps_and_is_told_what_was_left_out_and_why()
    {
        var managed = await FixTester.PlanAsync(new ResetComponentsFix(), Broken, context => context with { ManagedBy = ["WSUS", "Configuration Manager"] });
        var unmanaged = await FixTester.PlanAsync(new ResetComponentsFix(), Broken);

        Assert.That(managed.Steps, Has.Count.EqualTo(unmanaged.Steps.Count));
        Assert.That(managed.Steps.OfType<SetRegistryValueStep>(), Is.Empty);
        Assert.That(managed.Omitted.Select(omitted => omitted.Description), Has.One.Contains(@"Policies\Microsoft\Windows\WindowsUpdate"));
        Assert.That(managed.Omitted.Select(omitted => omitted.Description), Has.One.Contains("SusClientId"));
        Assert.That(managed.Omitted.Select(omitted => omitted.Reason), Has.All.Contains("WSUS, Configuration Manager"));
        Assert.That(unmanaged.Omitted, Is.Empty);
    }

    [Test]
    public async Task Dlls_the_machine_cannot_say_about_are_left_out_and_counted()
    {
        var snapshot = Broken with { Paths = [.. Broken.Paths!.Where(path => !path.Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))] };

        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), snapshot);

        Assert.That(plan.Steps.OfType<RunProgramStep>(), Is.Empty);
        Assert.That(plan.Notes, Has.One.Contains(UpdateDlls.Names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task A_healthy_pc_asked_for_the_reset_gets_it_whole()
    {
        var healthy = StuckDownload
            .WithService(Service("BITS", ServiceStartType.Manual) with { SecurityDescriptor = DefaultSddl })
            .WithService(Service("wuauserv", ServiceStartType.Manual) with { SecurityDescriptor = DefaultSddl });
        var pc = new SimulatedPc(healthy);
        var plan = await FixTester.PlanAsync(new ResetComponentsFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(plan.Steps.OfType<SetServiceSecurityStep>().ToList(), Has.Count.EqualTo(2), "an already right descriptor is left Unchanged by the PC");
        Assert.That(outcomes.Where((_, index) => plan.Steps[index] is SetServiceSecurityStep).Select(outcome => outcome.Status), Has.All.EqualTo(StepStatus.Unchanged));
    }

    [Test]
    public async Task Passes_the_safety_battery()
    {
        var proof = await FixTester.ProveSafeAsync(new ResetComponentsFix(), Broken, ResetDownloadFixTests.AsWindows);

        Assert.That(proof.OrderProblems, Is.Empty);
        Assert.That(proof.Operations, Is.EqualTo(proof.Plan.Steps.Count));
        Assert.That(proof.AfterSecondApply.Paths.Select(path => path.Path), Does.Contain(BitsQueue + ".bak.1").And.Contain(BitsQueue + ".bak"));
        Assert.That(ServiceOn(proof.AppliedPc, "BITS").SecurityDescriptor, Is.EqualTo(DefaultSddl));
    }

    [Test]
    public async Task Passes_the_safety_battery_on_a_managed_pc_with_nothing_left_out_by_the_engine()
    {
        var options = ResetDownloadFixTests.AsWindows with { Context = context => context with { ManagedBy = ["WSUS"] } };

        var proof = await FixTester.ProveSafeAsync(new ResetComponentsFix(), Broken, options);

        Assert.That(proof.Plan.Omitted.Select(omitted => omitted.Description), Has.Some.Contains("SusClientId"));
        Assert.That(proof.Plan.Steps, Has.Count.EqualTo((await FixTester.PlanAsync(new ResetComponentsFix(), Broken)).Steps.Count), "the plan had nothing the engine must take out");
    }
}
