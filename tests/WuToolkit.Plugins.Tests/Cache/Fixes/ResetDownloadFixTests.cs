using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Cache.Fixes.CachePcs;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Cache.Fixes;

public class ResetDownloadFixTests
{
    private static readonly string[] StopOrder = ["UsoSvc", "DoSvc", "wuauserv", "BITS", "CryptSvc"];

    [Test]
    public async Task Stops_the_services_in_order_moves_both_folders_aside_and_starts_them_in_reverse()
    {
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), StuckDownload);

        PlanAssert.StopsInOrder(plan, StopOrder);
        PlanAssert.InOrder(
            plan,
            new StopServiceStep { ServiceName = "CryptSvc" },
            new RenameFolderStep { Path = WindowsPaths.SoftwareDistribution, NewName = "SoftwareDistribution.bak" },
            new RenameFolderStep { Path = WindowsPaths.Catroot2, NewName = "catroot2.bak" },
            new StartServiceStep { ServiceName = "CryptSvc" },
            new StartServiceStep { ServiceName = "BITS" },
            new StartServiceStep { ServiceName = "wuauserv" },
            new StartServiceStep { ServiceName = "DoSvc" },
            new StartServiceStep { ServiceName = "UsoSvc" });
        Assert.That(plan.Steps, Has.Count.EqualTo(12));
        PlanAssert.RenamesWithoutDeleting(plan, WindowsPaths.SoftwareDistribution);
        PlanAssert.RenamesWithoutDeleting(plan, WindowsPaths.Catroot2);
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Steps.OfType<StopServiceStep>().Select(stop => stop.Timeout), Has.All.GreaterThanOrEqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(plan.Steps.Select(step => step.Reason), Has.All.Not.Empty);
        Assert.That(plan.Omitted, Is.Empty);
        Assert.That(plan.Notes, Is.Empty);
    }

    [Test]
    public async Task Never_touches_pending_xml_the_registry_or_the_bits_queue()
    {
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), StuckDownload);

        Assert.That(plan.Steps.OfType<SetRegistryValueStep>(), Is.Empty);
        Assert.That(plan.Steps.OfType<RunProgramStep>(), Is.Empty);
        Assert.That(plan.Steps.OfType<RenameFolderStep>().Select(rename => rename.Path), Is.EqualTo(new[] { WindowsPaths.SoftwareDistribution, WindowsPaths.Catroot2 }));
        Assert.That(plan.Steps.OfType<RenameFileStep>(), Is.Empty);
    }

    [Test]
    public async Task Planning_only_asks()
    {
        var pc = new SimulatedPc(StuckDownload);

        var plan = await PlanWithoutChangeAsync(new ResetDownloadFix(), pc);

        Assert.That(plan.Steps, Is.Not.Empty);
    }

    [Test]
    public async Task Applied_the_folders_are_beside_their_old_place_and_every_service_runs_again()
    {
        // Windows refuses to rename the folders while the services that own them run: the order has to be right.
        var pc = new SimulatedPc(
            StuckDownload,
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "wuauserv"),
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "BITS"),
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "DoSvc"),
            Fault.FolderInUse(WindowsPaths.Catroot2, "CryptSvc"));
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Has.All.EqualTo(StepStatus.Done));
        Assert.That(ExistsOn(pc, WindowsPaths.SoftwareDistribution), Is.False);
        Assert.That(ExistsOn(pc, WindowsPaths.SoftwareDistribution + ".bak"), Is.True);
        Assert.That(ExistsOn(pc, WindowsPaths.SoftwareDistribution + @".bak\Download"), Is.True, "what was below moves with it");
        Assert.That(ExistsOn(pc, WindowsPaths.Catroot2 + ".bak"), Is.True);
        Assert.That(ExistsOn(pc, BitsQueue + @"\qmgr.db"), Is.True, "the download reset leaves the BITS queue alone");
        Assert.That(StopOrder.Select(name => ServiceOn(pc, name).State), Has.All.EqualTo(ServiceState.Running));
        Assert.That(pc.ProgramsRun, Is.Empty);
    }

    [Test]
    public async Task An_earlier_backup_is_kept_and_the_new_one_gets_a_number()
    {
        var earlier = Folder(WindowsPaths.SoftwareDistribution + ".bak", files: 77);
        var pc = new SimulatedPc(StuckDownload.WithPaths(earlier));
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), pc);

        await FixTester.ApplyAsync(plan, pc);

        Assert.That(pc.State.Paths.Single(info => info.Path == earlier.Path).FileCount, Is.EqualTo(77));
        Assert.That(pc.State.Paths.Single(info => info.Path == WindowsPaths.SoftwareDistribution + ".bak.1").FileCount, Is.EqualTo(4_000));
    }

    [Test]
    public async Task A_service_that_will_not_stop_ends_the_run_before_any_folder_moves()
    {
        var pc = new SimulatedPc(StuckDownload, Fault.ServiceWontStop("wuauserv"));
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Is.EqualTo(new[] { StepStatus.Done, StepStatus.Done, StepStatus.Failed }));
        Assert.That(ExistsOn(pc, WindowsPaths.SoftwareDistribution), Is.True);
    }

    [Test]
    public async Task Services_this_windows_does_not_have_are_left_out()
    {
        var pc = new SimulatedPc(Windows81);
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        PlanAssert.StopsInOrder(plan, "wuauserv", "BITS", "CryptSvc");
        var named = plan.Steps.OfType<StopServiceStep>().Select(step => step.ServiceName)
            .Concat(plan.Steps.OfType<StartServiceStep>().Select(step => step.ServiceName));
        Assert.That(named, Has.No.Member("UsoSvc"));
        Assert.That(named, Has.No.Member("DoSvc"));
        Assert.That(outcomes.Select(outcome => outcome.Status), Has.All.EqualTo(StepStatus.Done));
    }

    [Test]
    public async Task A_disabled_service_is_stopped_but_not_started_and_the_plan_says_why()
    {
        var pc = new SimulatedPc(StuckDownload.WithService(Service("wuauserv", ServiceStartType.Disabled, ServiceState.Stopped)));
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(plan.Steps.OfType<StartServiceStep>().Select(step => step.ServiceName), Has.None.EqualTo("wuauserv"));
        Assert.That(plan.Notes, Has.One.Contains("wuauserv").And.Contains("services.restore-defaults"));
        Assert.That(outcomes.Select(outcome => outcome.Status), Has.None.EqualTo(StepStatus.Failed));
    }

    [Test]
    public async Task A_managed_pc_gets_the_same_plan_as_nothing_in_it_is_policy()
    {
        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), StuckDownload, context => context with { ManagedBy = ["WSUS"] });
        var unmanaged = await FixTester.PlanAsync(new ResetDownloadFix(), StuckDownload);

        Assert.That(plan.Steps, Is.EqualTo(unmanaged.Steps));
        Assert.That(plan.Omitted, Is.Empty);
    }

    [Test]
    public async Task A_healthy_pc_asked_for_the_reset_gets_it_and_one_without_the_folders_gets_nothing()
    {
        var healthy = StuckDownload.WithPaths(Folder(WindowsPaths.SoftwareDistribution, files: 200), Absent(Download));
        var bare = StuckDownload.WithPaths(Absent(WindowsPaths.SoftwareDistribution), Absent(Download), Absent(WindowsPaths.Catroot2));

        var reset = await FixTester.PlanAsync(new ResetDownloadFix(), healthy);
        var nothing = await FixTester.PlanAsync(new ResetDownloadFix(), bare);

        Assert.That(reset.Steps, Has.Count.EqualTo(12), "the reset was asked for by name: a small cache is no reason to refuse it");
        PlanAssert.IsEmpty(nothing);
        Assert.That(nothing.Notes, Has.One.Contains("SoftwareDistribution"));
    }

    [Test]
    public async Task A_pc_that_cannot_say_about_a_service_or_a_folder_keeps_the_step_for_the_pc_to_decide()
    {
        var snapshot = TestPc.Empty with { Services = [Service("wuauserv", ServiceStartType.Manual)], Paths = [Folder(WindowsPaths.SoftwareDistribution)] };

        var plan = await FixTester.PlanAsync(new ResetDownloadFix(), snapshot);

        PlanAssert.StopsInOrder(plan, StopOrder);
        PlanAssert.Contains(plan, new RenameFolderStep { Path = WindowsPaths.Catroot2, NewName = "catroot2.bak" });
    }

    [Test]
    public async Task Passes_the_safety_battery()
    {
        var proof = await FixTester.ProveSafeAsync(new ResetDownloadFix(), StuckDownload, AsWindows);

        Assert.That(proof.Operations, Is.EqualTo(12));
        Assert.That(proof.OrderProblems, Is.Empty);
        Assert.That(proof.AfterSecondApply.Paths.Select(path => path.Path), Does.Contain(WindowsPaths.SoftwareDistribution + ".bak.1").And.Contain(WindowsPaths.SoftwareDistribution + ".bak"));
    }

    [Test]
    public async Task Passes_the_safety_battery_on_windows_8_1_and_with_a_disabled_service()
    {
        await FixTester.ProveSafeAsync(new ResetDownloadFix(), Windows81, AsWindows);
        await FixTester.ProveSafeAsync(new ResetDownloadFix(), StuckDownload.WithService(Service("wuauserv", ServiceStartType.Disabled, ServiceState.Stopped)), AsWindows);
    }

    /// <summary>The PC behaves as Windows does: the folders cannot move while the services that own them run.</summary>
    internal static SafetyOptions AsWindows { get; } = new()
    {
        Faults =
        [
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "wuauserv"),
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "BITS"),
            Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "DoSvc"),
            Fault.FolderInUse(WindowsPaths.Catroot2, "CryptSvc"),
            Fault.FolderInUse(BitsQueue, "BITS"),
        ],
    };
}
