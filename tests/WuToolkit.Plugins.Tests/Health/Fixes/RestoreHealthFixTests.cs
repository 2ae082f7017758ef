using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Health.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Health.Fixes.HealthPcs;

namespace WuToolkit.Plugins.Tests.Health.Fixes;

public class RestoreHealthFixTests
{
    private const string Dism = @"%SystemRoot%\System32\Dism.exe";
    private const int SourceFilesNotFound = unchecked((int)0x800F081F);

    private static readonly RunProgramStep FromWindowsUpdate = new()
    {
        Program = Dism,
        Arguments = ["/Online", "/Cleanup-Image", "/RestoreHealth"],
        SuccessExitCodes = [0, 3010],
    };

    [Test]
    public async Task Without_a_source_DISM_repairs_from_Windows_Update_and_the_plan_says_how_to_give_one()
    {
        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), Unmanaged);

        PlanAssert.Contains(plan, FromWindowsUpdate);
        var step = (RunProgramStep)plan.Steps.Single();
        Assert.That(step.LongRunning, Is.True);
        Assert.That(step.Timeout, Is.GreaterThanOrEqualTo(TimeSpan.FromHours(1)));
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(plan.Notes, Has.One.Contains("health.repairSource=WIM:"));
        Assert.That(plan.Notes, Has.None.Contains("0x800F081F"), "Windows Update can supply repair files");
    }

    [Test]
    public async Task A_source_from_settings_is_passed_with_limit_access()
    {
        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), Unmanaged, ("health.repairSource", @"WIM:E:\sources\install.wim:6"));

        PlanAssert.Contains(plan, FromWindowsUpdate with { Arguments = ["/Online", "/Cleanup-Image", "/RestoreHealth", @"/Source:WIM:E:\sources\install.wim:6", "/LimitAccess"] });
        Assert.That(plan.Steps.Single().Reason, Does.Contain(@"WIM:E:\sources\install.wim:6"));
        Assert.That(plan.Notes, Has.One.Contains("same version, edition and language"));
    }

    [Test]
    public async Task A_wsus_managed_pc_without_a_source_is_told_about_0x800F081F_before_it_asks()
    {
        var byContext = await FixTester.PlanAsync(new RestoreHealthFix(), Unmanaged, context => context with { ManagedBy = ["WSUS"] });
        var byPolicy = await FixTester.PlanAsync(new RestoreHealthFix(), WsusManaged);

        foreach (var plan in new[] { byContext, byPolicy })
        {
            Assert.That(plan.Notes[0], Does.Contain("WSUS").And.Contain("0x800F081F"));
            Assert.That(plan.Notes, Has.One.Contains("health.repairSource="));
            PlanAssert.Contains(plan, FromWindowsUpdate);
        }
    }

    [Test]
    public async Task A_configuration_manager_pc_gets_the_same_advice()
    {
        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), Unmanaged, context => context with { ManagedBy = ["Configuration Manager", "MDM"] });

        Assert.That(plan.Notes[0], Does.Contain("Configuration Manager").And.Contain("0x800F081F"));
    }

    [Test]
    public async Task A_pc_managed_by_windows_update_for_business_repairs_from_windows_update()
    {
        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), Unmanaged, context => context with { ManagedBy = ["Windows Update for Business", "MDM"] });

        Assert.That(plan.Notes, Has.None.Contains("0x800F081F"));
    }

    [Test]
    public async Task The_servicing_policy_decides_whether_wsus_stands_in_the_way()
    {
        var direct = WsusManaged with
        {
            Registry = [.. WsusManaged.Registry!, Value(ServicingPolicy, "RepairContentServerSource", "2")],
            CompleteRegistryKeys = [.. WsusManaged.CompleteRegistryKeys!, ServicingPolicy],
            AbsentRegistryKeys = [],
        };
        var ownSource = direct with { Registry = [.. WsusManaged.Registry!, Value(ServicingPolicy, "LocalSourcePath", @"\\files\win10\sources\sxs", "REG_EXPAND_SZ")] };
        var never = Unmanaged with
        {
            Registry = [Value(ServicingPolicy, "UseWindowsUpdate", "2")],
            CompleteRegistryKeys = [ServicingPolicy],
            AbsentRegistryKeys = [UpdatePolicy, UpdatePolicy + @"\AU"],
        };

        Assert.That((await FixTester.PlanAsync(new RestoreHealthFix(), direct)).Notes, Has.None.Contains("0x800F081F"), "repairs come from Windows Update directly");
        Assert.That((await FixTester.PlanAsync(new RestoreHealthFix(), ownSource)).Notes, Has.None.Contains("0x800F081F"), "the policy names a source");
        Assert.That((await FixTester.PlanAsync(new RestoreHealthFix(), never)).Notes[0], Does.Contain("UseWindowsUpdate").And.Contain("0x800F081F"));
    }

    [Test]
    public async Task A_pc_whose_policies_were_not_recorded_is_still_planned()
    {
        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), TestPc.Empty);

        PlanAssert.Contains(plan, FromWindowsUpdate);
        Assert.That(plan.Notes, Has.One.Contains("health.repairSource="));
    }

    [TestCase("/Online")]
    [TestCase("C:\\Win\" /Quiet")]
    public async Task A_source_DISM_would_read_as_a_switch_is_refused(string source)
    {
        var ex = await Assert.ThrowsAsync<InvalidSettingException>(() => FixTester.PlanAsync(new RestoreHealthFix(), Unmanaged, ("health.repairSource", source)));

        Assert.That(ex!.Key, Is.EqualTo("health.repairSource"));
    }

    [Test]
    public async Task Planning_changes_nothing_and_applying_runs_dism_once()
    {
        var pc = new SimulatedPc(WsusManaged);
        var before = pc.State;

        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), pc);
        Assert.That(pc.History, Is.Empty);
        var outcomes = await FixTester.ApplyAsync(plan, pc);

        StateAssert.AreEqual(before, pc.State);
        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Single().Program, Is.EqualTo(Dism));
    }

    [Test]
    public async Task A_repair_that_needs_a_restart_succeeds_and_a_missing_source_fails()
    {
        var restart = new SimulatedPc(Unmanaged, Fault.ProgramExits("Dism.exe", 3010));
        var missing = new SimulatedPc(WsusManaged, Fault.ProgramExits("Dism.exe", SourceFilesNotFound));

        var restarted = await FixTester.ApplyAsync(await FixTester.PlanAsync(new RestoreHealthFix(), restart), restart);
        var failed = await FixTester.ApplyAsync(await FixTester.PlanAsync(new RestoreHealthFix(), missing), missing);

        Assert.That((restarted.Single().Status, restarted.Single().ExitCode), Is.EqualTo((StepStatus.Done, (int?)3010)));
        Assert.That((failed.Single().Status, failed.Single().ExitCode), Is.EqualTo((StepStatus.Failed, (int?)SourceFilesNotFound)));
    }

    [Test]
    public async Task A_healthy_arm64_home_pc_gets_the_same_repair()
    {
        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), Unmanaged with { Os = Windows11Home24H2 });

        PlanAssert.Contains(plan, FromWindowsUpdate);
        Assert.That(plan.Omitted, Is.Empty);
    }

    [Test]
    public async Task Is_proven_safe_with_and_without_a_repair_source()
    {
        var fromUpdate = await FixTester.ProveSafeAsync(new RestoreHealthFix(), WsusManaged);
        var fromMedia = await FixTester.ProveSafeAsync(new RestoreHealthFix(), WsusManaged, new SafetyOptions { Settings = [("health.repairSource", @"ESD:D:\sources\install.esd:6")] });

        Assert.That(fromUpdate.Operations, Is.EqualTo(1));
        Assert.That(fromMedia.AppliedPc.ProgramsRun.Single().Arguments, Does.Contain("/LimitAccess"));
    }
}
