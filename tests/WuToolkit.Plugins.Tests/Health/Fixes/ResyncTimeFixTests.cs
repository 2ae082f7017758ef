using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Fixes;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Health.Fixes.HealthPcs;

namespace WuToolkit.Plugins.Tests.Health.Fixes;

public class ResyncTimeFixTests
{
    private static readonly RunProgramStep Resync = new() { Program = @"%SystemRoot%\System32\w32tm.exe", Arguments = ["/resync", "/rediscover"] };

    [Test]
    public async Task A_disabled_time_service_is_set_to_manual_and_started_before_the_resync()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), ClockDrifted);

        Assert.That(plan.Steps, Has.Count.EqualTo(3));
        PlanAssert.InOrder(
            plan,
            new SetServiceStartTypeStep { ServiceName = "W32Time", StartType = ServiceStartType.Manual },
            new StartServiceStep { ServiceName = "W32Time" },
            Resync);
        Assert.That(plan.Steps.Take(2).Select(step => step.IsReversible), Is.All.True, "the service changes are undone by the journal");
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(plan.Steps[2].Reason, Does.Contain("nothing to undo"), "the plan says why the resync cannot be undone");
        Assert.That(plan.Steps.Select(step => step.Reason), Has.All.Not.Empty);
    }

    [Test]
    public async Task A_running_time_service_only_needs_the_resync()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), ClockDrifted with { Services = [W32Time(ServiceStartType.Manual, ServiceState.Running)] });

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        PlanAssert.Contains(plan, Resync);
        Assert.That(((RunProgramStep)plan.Steps[0]).SuccessExitCodes, Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public async Task A_stopped_manual_service_is_started_and_left_manual()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), ClockDrifted with { Services = [W32Time(ServiceStartType.Manual, ServiceState.Stopped)] });

        PlanAssert.InOrder(plan, new StartServiceStep { ServiceName = "W32Time" }, Resync);
        Assert.That(plan.Steps.OfType<SetServiceStartTypeStep>(), Is.Empty);
    }

    [Test]
    public async Task Planning_changes_nothing()
    {
        var pc = new SimulatedPc(ClockDrifted);
        var before = pc.State;

        await FixTester.PlanAsync(new ResyncTimeFix(), pc);

        StateAssert.AreEqual(before, pc.State);
        Assert.That(pc.History, Is.Empty);
        Assert.That(pc.ProgramsRun, Is.Empty);
    }

    [Test]
    public async Task Applying_leaves_the_service_running_on_manual_and_runs_the_resync()
    {
        var pc = new SimulatedPc(ClockDrifted);

        var outcomes = await FixTester.ApplyAsync(await FixTester.PlanAsync(new ResyncTimeFix(), pc), pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Is.All.EqualTo(StepStatus.Done));
        var service = pc.State.Services.Single(candidate => candidate.Name == "W32Time");
        Assert.That((service.StartType, service.State), Is.EqualTo((ServiceStartType.Manual, ServiceState.Running)));
        Assert.That(pc.ProgramsRun.Select(run => (run.Program, string.Join(' ', run.Arguments))), Is.EqualTo(new[] { (@"%SystemRoot%\System32\w32tm.exe", "/resync /rediscover") }));
    }

    [Test]
    public async Task Undoing_restores_the_service_as_it_was()
    {
        var trip = await FixRoundTrip.RunAsync(new ResyncTimeFix(), new SimulatedPc(ClockDrifted));

        StateAssert.AreEqual(trip.Before, trip.Undone);
        Assert.That(trip.Applied, Is.Not.EqualTo(trip.Before));
    }

    [Test]
    public async Task A_failed_resync_is_reported_as_a_failure()
    {
        var pc = new SimulatedPc(ClockDrifted with { Services = [W32Time(ServiceStartType.Manual, ServiceState.Running)] }, Fault.ProgramExits("w32tm.exe", unchecked((int)0x800705B4)));

        var outcomes = await FixTester.ApplyAsync(await FixTester.PlanAsync(new ResyncTimeFix(), pc), pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Failed));
    }

    [Test]
    public async Task A_clock_further_off_than_the_service_corrects_is_announced_before_the_resync()
    {
        var pc = ClockDrifted with { ClockOffsets = [new ClockOffset { Server = "time.windows.com", Offset = TimeSpan.FromDays(-3) }] };

        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), pc);

        Assert.That(plan.Notes, Has.One.Contains("MaxPosPhaseCorrection").And.Contains("3 d 0 h behind time.windows.com").And.Contains("15 h 0 min"));
        Assert.That(plan.Steps, Has.Count.EqualTo(3), "the resync is still planned: a clock set by hand first makes it work");
    }

    [Test]
    public async Task A_clock_ahead_is_judged_by_the_negative_limit_and_no_limit_means_no_note()
    {
        var ahead = ClockDrifted with { ClockOffsets = [new ClockOffset { Server = "time.windows.com", Offset = TimeSpan.FromDays(2) }] };
        var unlimited = ahead with { Registry = [Value(TimeParameters, "Type", "NTP", "REG_SZ"), Value(TimeConfig, "MaxPosPhaseCorrection", "54000"), Value(TimeConfig, "MaxNegPhaseCorrection", "4294967295")] };

        Assert.That((await FixTester.PlanAsync(new ResyncTimeFix(), ahead)).Notes, Has.One.Contains("MaxNegPhaseCorrection").And.Contains("ahead of"));
        Assert.That((await FixTester.PlanAsync(new ResyncTimeFix(), unlimited)).Notes, Is.Empty);
    }

    [Test]
    public async Task A_clock_within_the_limit_or_an_unknown_offset_needs_no_note()
    {
        var unknown = ClockDrifted with { ClockOffsets = null };

        Assert.That((await FixTester.PlanAsync(new ResyncTimeFix(), ClockDrifted)).Notes, Is.Empty);
        Assert.That((await FixTester.PlanAsync(new ResyncTimeFix(), unknown)).Notes, Is.Empty);
    }

    [Test]
    public async Task The_time_server_comes_from_settings()
    {
        var pc = ClockDrifted with { ClockOffsets = [new ClockOffset { Server = "ntp.contoso.com", Offset = TimeSpan.FromDays(-3) }] };

        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), pc, ("health.timeServer", "ntp.contoso.com"));

        Assert.That(plan.Notes, Has.One.Contains("ntp.contoso.com"));
    }

    [Test]
    public async Task Without_the_time_service_the_plan_is_empty_and_says_why()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), ClockDrifted with { Services = null, AbsentServices = ["W32Time"] });

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted.Single().Reason, Does.Contain("not installed"));
        Assert.That(plan.Notes, Has.One.Contains("w32tm /register"));
    }

    [Test]
    public async Task A_time_service_told_not_to_sync_is_set_to_sync_as_set_time_automatically_does()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), NotSyncing);

        PlanAssert.InOrder(
            plan,
            new SetRegistryValueStep { Key = TimeParameters, Name = "Type", Kind = "REG_SZ", Data = "NTP" },
            new SetServiceStartTypeStep { ServiceName = "W32Time", StartType = ServiceStartType.Manual },
            new StartServiceStep { ServiceName = "W32Time" },
            Resync);
        Assert.That(plan.Steps, Has.Count.EqualTo(4));
        Assert.That(plan.Steps[0].Reason, Does.Contain("NoSync"));
    }

    [Test]
    public async Task Without_an_ntp_server_windows_own_is_set_and_a_running_service_is_restarted_to_read_it()
    {
        var pc = NotSyncing with
        {
            Services = [W32Time(ServiceStartType.Manual, ServiceState.Running)],
            AbsentRegistryValues = [(TimeParameters, "NtpServer")],
        };

        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), pc);

        PlanAssert.InOrder(
            plan,
            new SetRegistryValueStep { Key = TimeParameters, Name = "Type", Kind = "REG_SZ", Data = "NTP" },
            new SetRegistryValueStep { Key = TimeParameters, Name = "NtpServer", Kind = "REG_SZ", Data = "time.windows.com,0x9" },
            new StopServiceStep { ServiceName = "W32Time" },
            new StartServiceStep { ServiceName = "W32Time" },
            Resync);
        Assert.That(plan.Steps, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Undoing_restores_the_time_configuration_and_the_service()
    {
        var pc = NotSyncing with { AbsentRegistryValues = [(TimeParameters, "NtpServer")] };

        var trip = await FixRoundTrip.RunAsync(new ResyncTimeFix(), new SimulatedPc(pc));

        Assert.That(trip.Applied.RegistryValues.Single(value => value.Name == "Type").Data, Is.EqualTo("NTP"));
        StateAssert.AreEqual(trip.Before, trip.Undone);
    }

    [Test]
    public async Task A_managed_pc_told_not_to_sync_keeps_its_administrators_time_configuration()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), NotSyncing, context => context with { ManagedBy = ["WSUS"] });

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted.Single().Reason, Does.Contain("NoSync").And.Contain("managed (WSUS)"));
        Assert.That(plan.Notes, Has.One.Contains("administrator"));
    }

    [Test]
    public async Task A_policy_decides_the_type_over_the_service()
    {
        var byPolicy = NotSyncing with { Registry = [.. NotSyncing.Registry!, Value(TimePolicy, "Type", "NoSync", "REG_SZ")] };
        var overridden = NotSyncing with { Registry = [.. NotSyncing.Registry!, Value(TimePolicy, "Type", "NT5DS", "REG_SZ")] };

        var refused = await FixTester.PlanAsync(new ResyncTimeFix(), byPolicy);
        var synced = await FixTester.PlanAsync(new ResyncTimeFix(), overridden);

        PlanAssert.IsEmpty(refused);
        Assert.That(refused.Omitted.Single().Reason, Does.Contain("policy"));
        Assert.That(synced.Steps.OfType<SetRegistryValueStep>(), Is.Empty, "the policy's type is in force, not NoSync");
        PlanAssert.Contains(synced, Resync);
    }

    [Test]
    public async Task Is_proven_safe_on_a_pc_told_not_to_sync()
    {
        var proof = await FixTester.ProveSafeAsync(new ResyncTimeFix(), NotSyncing with
        {
            Services = [W32Time(ServiceStartType.Manual, ServiceState.Running)],
            AbsentRegistryValues = [(TimeParameters, "NtpServer")],
        });

        Assert.That(proof.Operations, Is.EqualTo(5));
    }

    [Test]
    public async Task A_managed_pc_gets_the_same_plan_which_changes_no_time_configuration()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), ClockDrifted, context => context with { ManagedBy = ["WSUS"] });

        Assert.That(plan.Steps, Has.Count.EqualTo(3));
        Assert.That(plan.Steps.OfType<SetRegistryValueStep>(), Is.Empty);
        Assert.That(plan.Omitted, Is.Empty);
    }

    [Test]
    public async Task A_healthy_arm64_home_pc_only_resyncs()
    {
        var pc = TestPc.Empty with
        {
            Os = Windows10HomeArm,
            Services = [W32Time(ServiceStartType.Manual, ServiceState.Running)],
            Registry = [Value(TimeParameters, "Type", "NTP", "REG_SZ")],
            ClockOffsets = [new ClockOffset { Server = "time.windows.com", Offset = TimeSpan.FromSeconds(0.4) }],
        };

        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), pc);

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(plan.Notes, Is.Empty);
    }

    [Test]
    public async Task Is_proven_safe_on_a_pc_whose_time_service_was_disabled()
    {
        var proof = await FixTester.ProveSafeAsync(new ResyncTimeFix(), ClockDrifted);

        Assert.That(proof.Operations, Is.EqualTo(3));
        var service = proof.After.Services.Single(candidate => candidate.Name == "W32Time");
        Assert.That((service.StartType, service.State), Is.EqualTo((ServiceStartType.Manual, ServiceState.Running)));
        Assert.That(proof.OrderProblems, Is.Empty);
    }

    [Test]
    public async Task Is_proven_safe_on_a_managed_pc()
    {
        var proof = await FixTester.ProveSafeAsync(new ResyncTimeFix(), ClockDrifted, new SafetyOptions { Context = context => context with { ManagedBy = ["WSUS"] } });

        Assert.That(proof.Plan.Steps, Has.Count.EqualTo(3), "nothing in the plan is update policy");
    }
}
