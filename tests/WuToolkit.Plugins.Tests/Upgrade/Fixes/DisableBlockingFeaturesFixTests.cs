using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Plugins.Tests.Upgrade.Fixes;

public class DisableBlockingFeaturesFixTests
{
    private const string Dism = @"%SystemRoot%\System32\Dism.exe";

    private static readonly string[] Ordinary = ["NetFx4-AdvSrvs", "WCF-Services45", "MediaPlayback", "Printing-PrintToPDFServices-Features", "Microsoft-Windows-Subsystem-Linux"];

    private static readonly string[] WebServer = ["IIS-WebServerRole", "IIS-WebServer", "IIS-StaticContent", "WAS-WindowsActivationService", "WAS-ProcessModel"];

    private static TestPc Pc(params string[] features) => TestPc.Empty with { OptionalFeatures = features };

    private static RunProgramStep Disable(string feature) => new()
    {
        Program = Dism,
        Arguments = ["/Online", "/Disable-Feature", "/FeatureName:" + feature, "/NoRestart"],
        SuccessExitCodes = [0, 3010],
        Undo = new RunProgramStep
        {
            Program = Dism,
            Arguments = ["/Online", "/Enable-Feature", "/FeatureName:" + feature, "/All", "/NoRestart"],
            SuccessExitCodes = [0, 3010],
        },
    };

    [Test]
    public async Task Each_watched_feature_is_turned_off_with_dism_and_can_be_turned_on_again()
    {
        var plan = await FixTester.PlanAsync(new DisableBlockingFeaturesFix(), Pc([.. Ordinary, .. WebServer]));

        PlanAssert.InOrder(plan, Disable("IIS-StaticContent"), Disable("IIS-WebServer"), Disable("IIS-WebServerRole"), Disable("WAS-ProcessModel"), Disable("WAS-WindowsActivationService"));
        Assert.That(plan.Steps, Has.Count.EqualTo(5));
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Steps.Cast<RunProgramStep>().Select(step => step.LongRunning), Is.All.True);
        Assert.That(plan.Notes, Has.One.Contains("upgrade.restore-features"));
    }

    [Test]
    public async Task Features_known_to_need_iis_or_was_are_turned_off_first_so_that_undoing_restores_them()
    {
        var plan = await FixTester.PlanAsync(new DisableBlockingFeaturesFix(), Pc([.. Ordinary, .. WebServer, "WCF-HTTP-Activation45", "MSMQ-HTTP"]));

        PlanAssert.InOrder(plan, Disable("MSMQ-HTTP"), Disable("WCF-HTTP-Activation45"), Disable("IIS-StaticContent"));
        Assert.That(plan.Steps[0].Reason, Does.Contain("would go off with it"));
        Assert.That(plan.Steps, Has.Count.EqualTo(7));
    }

    [Test]
    public async Task Planning_changes_nothing_and_applying_runs_dism_for_each_then_undoing_turns_each_on_in_reverse()
    {
        var pc = new SimulatedPc(Pc([.. WebServer, "WCF-TCP-Activation45"]), Fault.ProgramExits("Dism.exe", 3010));
        var before = pc.State;

        var trip = await FixRoundTrip.RunAsync(new DisableBlockingFeaturesFix(), pc);

        StateAssert.AreEqual(before, trip.Undone);
        Assert.That(trip.Outcomes.Select(outcome => outcome.Status), Is.All.EqualTo(StepStatus.Done), "3010 (restart required) is a success");
        var runs = pc.ProgramsRun.Select(run => run.Arguments[1] + " " + run.Arguments[2]).ToList();
        Assert.That(runs, Is.EqualTo(new[]
        {
            "/Disable-Feature /FeatureName:WCF-TCP-Activation45",
            "/Disable-Feature /FeatureName:IIS-StaticContent",
            "/Disable-Feature /FeatureName:IIS-WebServer",
            "/Disable-Feature /FeatureName:IIS-WebServerRole",
            "/Disable-Feature /FeatureName:WAS-ProcessModel",
            "/Disable-Feature /FeatureName:WAS-WindowsActivationService",
            "/Enable-Feature /FeatureName:WAS-WindowsActivationService",
            "/Enable-Feature /FeatureName:WAS-ProcessModel",
            "/Enable-Feature /FeatureName:IIS-WebServerRole",
            "/Enable-Feature /FeatureName:IIS-WebServer",
            "/Enable-Feature /FeatureName:IIS-StaticContent",
            "/Enable-Feature /FeatureName:WCF-TCP-Activation45",
        }));
    }

    [Test]
    public async Task A_dism_failure_fails_the_step()
    {
        var pc = new SimulatedPc(Pc(WebServer), Fault.ProgramExits("Dism.exe", 87));

        var outcomes = await FixTester.ApplyAsync(await FixTester.PlanAsync(new DisableBlockingFeaturesFix(), pc), pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Failed));
    }

    [Test]
    public async Task The_watched_list_comes_from_the_same_setting_as_the_check()
    {
        var plan = await FixTester.PlanAsync(new DisableBlockingFeaturesFix(), Pc([.. Ordinary, .. WebServer, "WCF-HTTP-Activation45"]), ("upgrade.watchedFeatures", "Microsoft-Windows-Subsystem-Linux"));

        PlanAssert.Contains(plan, Disable("Microsoft-Windows-Subsystem-Linux"));
        Assert.That(plan.Steps, Has.Count.EqualTo(1), "WCF's activation goes off only with IIS or WAS");
    }

    [Test]
    public async Task A_pc_without_watched_features_gets_an_empty_plan()
    {
        var plan = await FixTester.PlanAsync(new DisableBlockingFeaturesFix(), Pc([.. Ordinary, "WCF-HTTP-Activation45", "Microsoft-IIS-HostableWebCore-Helper"]));

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Notes, Has.One.Contains("nothing to turn off"));
    }

    [Test]
    public async Task A_name_that_is_no_feature_name_never_reaches_dism()
    {
        var plan = await FixTester.PlanAsync(new DisableBlockingFeaturesFix(), Pc("IIS-WebServer", "IIS-Web /Remove", "IIS-\"x\""));

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(plan.Omitted.Select(omitted => omitted.Description), Is.EquivalentTo(new[] { "Turn off IIS-Web /Remove", "Turn off IIS-\"x\"" }));
        Assert.That(plan.Steps.Cast<RunProgramStep>().SelectMany(step => step.Arguments), Has.None.Contains("/Remove"));
    }

    [Test]
    public async Task A_managed_home_arm64_pc_gets_the_same_plan()
    {
        var pc = Pc(WebServer) with { Os = new OsInfo { ProductName = "Windows 10 Home", Version = "10.0.19045", Build = 19045, Architecture = "arm64" } };

        var plan = await FixTester.PlanAsync(new DisableBlockingFeaturesFix(), pc, context => context with { ManagedBy = ["WSUS"] });

        Assert.That(plan.Steps, Has.Count.EqualTo(5));
        Assert.That(plan.Omitted, Is.Empty);
    }

    [Test]
    public async Task Is_proven_safe_on_a_pc_with_iis_and_wcf_activation()
    {
        var proof = await FixTester.ProveSafeAsync(new DisableBlockingFeaturesFix(), Pc([.. Ordinary, .. WebServer, "WCF-HTTP-Activation45"]), new SafetyOptions { Faults = [Fault.ProgramExits("Dism.exe", 3010)] });

        Assert.That(proof.Operations, Is.EqualTo(6));
    }
}
