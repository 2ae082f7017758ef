using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;
using WuToolkit.Plugins.Upgrade.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Plugins.Tests.Upgrade.Fixes;

public class DisableFastStartupFixTests
{
    private const string Power = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power";
    private const string Policy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\System";

    private static readonly SetRegistryValueStep TurnOff = new() { Key = Power, Name = "HiberbootEnabled", Kind = "REG_DWORD", Data = "0" };

    private static TestPc Pc(string? hiberboot, string kind = "REG_DWORD") => TestPc.Empty with
    {
        Registry = hiberboot is null ? [] : [new RegistryValue { Key = Power, Name = "HiberbootEnabled", Kind = kind, Data = hiberboot }],
        AbsentRegistryValues = hiberboot is null ? [(Power, "HiberbootEnabled"), (Policy, "HiberbootEnabled")] : [(Policy, "HiberbootEnabled")],
    };

    [Test]
    public async Task Fast_startup_on_is_turned_off_reversibly()
    {
        var plan = await FixTester.PlanAsync(new DisableFastStartupFix(), Pc("1"));

        PlanAssert.Contains(plan, TurnOff);
        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Steps[0].Reason, Does.Contain("Shut down"));
        Assert.That(plan.Notes, Has.One.Contains("next shutdown"));
    }

    [Test]
    public async Task Applying_turns_it_off_so_the_check_passes_and_undoing_turns_it_on_again()
    {
        var pc = new SimulatedPc(Pc("1"));
        var before = pc.State;

        var plan = await FixTester.PlanAsync(new DisableFastStartupFix(), pc);
        StateAssert.AreEqual(before, pc.State);
        var trip = await FixRoundTrip.RunAsync(new DisableFastStartupFix(), pc);

        Assert.That(trip.Applied.RegistryValues.Single(value => value.Name == "HiberbootEnabled").Data, Is.EqualTo("0"));
        StateAssert.AreEqual(before, trip.Undone);
        Assert.That(plan.Steps, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task After_applying_the_check_passes_and_a_second_run_has_nothing_to_do()
    {
        var pc = new SimulatedPc(Pc("1"));
        await FixTester.ApplyAsync(await FixTester.PlanAsync(new DisableFastStartupFix(), pc), pc);

        var result = await CheckTester.RunAsync(new FastStartupCheck(), pc);
        var again = await FixTester.PlanAsync(new DisableFastStartupFix(), pc);

        ResultAssert.HasStatus(result, WuToolkit.Abstractions.Checks.CheckStatus.Pass);
        PlanAssert.IsEmpty(again);
    }

    [TestCase("0")]
    [TestCase(null)]
    [TestCase("2")]
    public async Task Fast_startup_not_on_is_left_alone(string? value)
    {
        var plan = await FixTester.PlanAsync(new DisableFastStartupFix(), Pc(value));

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Notes, Has.One.Contains("not on"));
    }

    [Test]
    public async Task A_value_of_another_kind_is_not_guessed_at()
    {
        PlanAssert.IsEmpty(await FixTester.PlanAsync(new DisableFastStartupFix(), Pc("1", "REG_SZ")));
    }

    [Test]
    public async Task Where_policy_requires_fast_startup_the_policy_is_left_alone()
    {
        var pc = Pc("1") with
        {
            Registry = [new RegistryValue { Key = Power, Name = "HiberbootEnabled", Kind = "REG_DWORD", Data = "1" }, new RegistryValue { Key = Policy, Name = "HiberbootEnabled", Kind = "REG_DWORD", Data = "1" }],
            AbsentRegistryValues = [],
        };

        var plan = await FixTester.PlanAsync(new DisableFastStartupFix(), pc);

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted.Single().Reason, Does.Contain("policy requires fast startup"));
    }

    [Test]
    public async Task A_managed_home_arm64_pc_with_fast_startup_on_gets_the_same_step()
    {
        var pc = Pc("1") with { Os = new OsInfo { ProductName = "Windows 10 Home", Version = "10.0.19045", Build = 19045, Architecture = "arm64" } };

        var plan = await FixTester.PlanAsync(new DisableFastStartupFix(), pc, context => context with { ManagedBy = ["MDM"] });

        PlanAssert.Contains(plan, TurnOff);
        Assert.That(plan.Omitted, Is.Empty);
    }

    [Test]
    public async Task Is_proven_safe_with_fast_startup_on()
    {
        var proof = await FixTester.ProveSafeAsync(new DisableFastStartupFix(), Pc("1"));

        Assert.That(proof.After.RegistryValues.Single(value => value.Name == "HiberbootEnabled").Data, Is.EqualTo("0"));
        ResultAssert.HasStatus(await CheckTester.RunAsync(new FastStartupCheck(), proof.AppliedPc), WuToolkit.Abstractions.Checks.CheckStatus.Pass);
    }
}
