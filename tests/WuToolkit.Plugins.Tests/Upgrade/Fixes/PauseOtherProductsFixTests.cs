using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Plugins.Tests.Upgrade.Fixes;

public class PauseOtherProductsFixTests
{
    private const string Ux = @"HKLM\SOFTWARE\Microsoft\WindowsUpdate\UX\Settings";
    private const string Policy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU";
    private const string PowerShell = @"%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe";
    private const string MicrosoftUpdate = "7971f918-a847-4430-9279-4a52d1efe18d";

    private static readonly UpdateServiceRegistration WindowsUpdate = new() { ServiceId = "9482f4b4-e343-43b6-b170-9a65bc822c77", Name = "Windows Update", IsDefaultAUService = true };

    private static UpdateServiceRegistration MicrosoftUpdateService(bool withAutomaticUpdates) =>
        new() { ServiceId = MicrosoftUpdate, Name = "Microsoft Update", IsRegisteredWithAU = withAutomaticUpdates };

    private static RunProgramStep ServiceManager(string method) => new()
    {
        Program = PowerShell,
        Arguments = ["-NoProfile", "-NonInteractive", "-Command", $"(New-Object -ComObject Microsoft.Update.ServiceManager).{method}('{MicrosoftUpdate}')"],
    };

    private static readonly RunProgramStep Unregister = ServiceManager("UnregisterServiceWithAU") with { Undo = ServiceManager("RegisterServiceWithAU") };

    private static readonly SetRegistryValueStep SwitchOff = new() { Key = Ux, Name = "AllowMUUpdateService", Kind = "REG_DWORD", Data = "0" };

    private static TestPc Pc(bool on = true, string? uxValue = "1") => TestPc.Empty with
    {
        UpdateServices = [WindowsUpdate, MicrosoftUpdateService(on)],
        Registry = uxValue is null ? [] : [new RegistryValue { Key = Ux, Name = "AllowMUUpdateService", Kind = "REG_DWORD", Data = uxValue }],
        AbsentRegistryValues = uxValue is null ? [(Ux, "AllowMUUpdateService"), (Policy, "AllowMUUpdateService")] : [(Policy, "AllowMUUpdateService")],
    };

    [Test]
    public async Task The_switch_is_set_off_and_microsoft_update_unregistered_both_reversibly()
    {
        var plan = await FixTester.PlanAsync(new PauseOtherProductsFix(), Pc());

        PlanAssert.InOrder(plan, SwitchOff, Unregister);
        Assert.That(plan.Steps, Has.Count.EqualTo(2));
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Notes, Has.One.Contains("upgrade.restore-other-products"));
    }

    [Test]
    public async Task A_switch_never_written_is_written_off_and_one_already_off_is_left()
    {
        var absent = await FixTester.PlanAsync(new PauseOtherProductsFix(), Pc(uxValue: null));
        var off = await FixTester.PlanAsync(new PauseOtherProductsFix(), Pc(uxValue: "0"));

        PlanAssert.InOrder(absent, SwitchOff, Unregister);
        Assert.That(off.Steps, Has.Count.EqualTo(1));
        PlanAssert.Contains(off, Unregister);
    }

    [Test]
    public async Task Planning_changes_nothing_applying_turns_it_off_and_undoing_turns_it_on_again()
    {
        var pc = new SimulatedPc(Pc(uxValue: null));
        var before = pc.State;
        await FixTester.PlanAsync(new PauseOtherProductsFix(), pc);
        StateAssert.AreEqual(before, pc.State);
        Assert.That(pc.History, Is.Empty);

        var trip = await FixRoundTrip.RunAsync(new PauseOtherProductsFix(), pc);

        Assert.That(trip.Outcomes.Select(outcome => outcome.Status), Is.All.EqualTo(StepStatus.Done));
        Assert.That(trip.Applied.RegistryValues.Single(value => value.Name == "AllowMUUpdateService").Data, Is.EqualTo("0"));
        Assert.That(pc.ProgramsRun.Select(run => run.Arguments[^1]), Is.EqualTo(new[]
        {
            $"(New-Object -ComObject Microsoft.Update.ServiceManager).UnregisterServiceWithAU('{MicrosoftUpdate}')",
            $"(New-Object -ComObject Microsoft.Update.ServiceManager).RegisterServiceWithAU('{MicrosoftUpdate}')",
        }));
        StateAssert.AreEqual(before, trip.Undone);
    }

    [Test]
    public async Task A_failing_service_manager_fails_the_step()
    {
        var pc = new SimulatedPc(Pc(), Fault.ProgramExits("powershell.exe", 1));

        var outcomes = await FixTester.ApplyAsync(await FixTester.PlanAsync(new PauseOtherProductsFix(), pc), pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Is.EqualTo(new[] { StepStatus.Done, StepStatus.Failed }));
    }

    [TestCase("WSUS")]
    [TestCase("Windows Update for Business")]
    [TestCase("MDM")]
    [TestCase("Configuration Manager")]
    public async Task Never_on_a_managed_pc(string manager)
    {
        var pc = new SimulatedPc(Pc());

        var plan = await FixTester.PlanAsync(new PauseOtherProductsFix(), pc, context => context with { ManagedBy = [manager] });

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted.Single().Reason, Does.Contain($"managed ({manager})"));
        Assert.That(pc.History, Is.Empty);
    }

    [Test]
    public async Task A_switch_set_by_policy_is_left_alone()
    {
        var pc = Pc() with
        {
            Registry = [new RegistryValue { Key = Policy, Name = "AllowMUUpdateService", Kind = "REG_DWORD", Data = "1" }],
            AbsentRegistryValues = [],
        };

        var plan = await FixTester.PlanAsync(new PauseOtherProductsFix(), pc);

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted.Single().Reason, Does.Contain("policy"));
    }

    [Test]
    public async Task Already_off_or_registered_without_automatic_updates_gets_an_empty_plan()
    {
        var registeredOnly = await FixTester.PlanAsync(new PauseOtherProductsFix(), Pc(on: false));
        var notThere = await FixTester.PlanAsync(new PauseOtherProductsFix(), Pc() with { UpdateServices = [WindowsUpdate] });

        PlanAssert.IsEmpty(registeredOnly);
        PlanAssert.IsEmpty(notThere);
        Assert.That(notThere.Notes, Has.One.Contains("already off"));
    }

    [Test]
    public async Task A_home_arm64_pc_with_the_switch_on_gets_the_same_plan()
    {
        var pc = Pc() with { Os = new OsInfo { ProductName = "Windows 11 Home", Version = "10.0.26100", Build = 26100, Architecture = "arm64" } };

        var plan = await FixTester.PlanAsync(new PauseOtherProductsFix(), pc);

        PlanAssert.InOrder(plan, SwitchOff, Unregister);
    }

    [Test]
    public async Task Is_proven_safe_with_the_switch_on()
    {
        var proof = await FixTester.ProveSafeAsync(new PauseOtherProductsFix(), Pc(uxValue: null));

        Assert.That(proof.Operations, Is.EqualTo(2));
        Assert.That(proof.After.RegistryValues.Single(value => value.Name == "AllowMUUpdateService").Data, Is.EqualTo("0"));
    }
}
