using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Catalog.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Catalog.Fixes;

public class UninstallUpdateFixTests
{
    private const string Wusa = @"%SystemRoot%\System32\wusa.exe";

    private static readonly TestPc Updated = TestPc.Empty with
    {
        UpdateHistory =
        [
            new UpdateHistoryEntry
            {
                Title = "2024-01 Security Update (KB5034441)", KbId = "KB5034441", Date = TestPc.DefaultNow.AddDays(-3),
                Operation = UpdateOperation.Installation, Result = UpdateResult.Succeeded,
            },
        ],
    };

    [TestCase("KB5034441")]
    [TestCase("kb5034441")]
    [TestCase(" 5034441 ")]
    public async Task Uninstalls_the_named_kb_with_wusa_irreversibly(string kb)
    {
        var plan = await FixTester.PlanAsync(new UninstallUpdateFix(), Updated, ("catalog.uninstallKb", kb));

        PlanAssert.Contains(plan, new RunProgramStep
        {
            Program = Wusa,
            Arguments = ["/uninstall", "/kb:5034441", "/quiet", "/norestart"],
            SuccessExitCodes = [0, 3010, 0x240007],
        });
        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        PlanAssert.HasIrreversibleStep(plan);
        Assert.That(plan.Steps[0].Reason, Does.Contain("KB5034441").And.Contain("cannot be undone"));
        Assert.That(plan.Notes, Has.One.Contains("never restarts"));
        Assert.That(plan.Notes, Has.One.Contains("Servicing stack"));
    }

    [Test]
    public async Task Planning_only_asks_and_applying_runs_wusa()
    {
        var pc = new SimulatedPc(Updated);
        var plan = await PlanWithoutChangeAsync(new UninstallUpdateFix(), pc, ("catalog.uninstallKb", "KB5034441"));

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Single().Program, Is.EqualTo(Wusa));
    }

    [Test]
    public async Task An_update_not_installed_counts_as_removed()
    {
        var pc = new SimulatedPc(Updated, Fault.ProgramExits("wusa.exe", 0x240007));
        var plan = await FixTester.PlanAsync(new UninstallUpdateFix(), pc, ("catalog.uninstallKb", "KB5034441"));

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
    }

    [Test]
    public async Task An_update_the_history_shows_removed_gets_an_empty_plan_that_says_so()
    {
        var pc = Updated with
        {
            UpdateHistory =
            [
                Updated.UpdateHistory![0] with { Operation = UpdateOperation.Uninstallation, Date = TestPc.DefaultNow.AddDays(-1) },
                .. Updated.UpdateHistory,
            ],
        };

        var plan = await FixTester.PlanAsync(new UninstallUpdateFix(), pc, ("catalog.uninstallKb", "KB5034441"));

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Notes, Has.One.Contains("uninstalled"));
    }

    [Test]
    public async Task A_kb_the_history_never_saw_is_still_removed()
    {
        var plan = await FixTester.PlanAsync(new UninstallUpdateFix(), TestPc.Empty, ("catalog.uninstallKb", "KB5035845"));

        Assert.That(((RunProgramStep)plan.Steps.Single()).Arguments[1], Is.EqualTo("/kb:5035845"));
    }

    [Test]
    public async Task A_managed_pc_is_told_its_manager_may_install_it_again()
    {
        var plan = await FixTester.PlanAsync(new UninstallUpdateFix(), Updated, context => context with { ManagedBy = ["WSUS"] }, ("catalog.uninstallKb", "KB5034441"));

        Assert.That(plan.Notes, Has.One.Contains("WSUS").And.Contains("KB5034441"));
    }

    [TestCase(null)]
    [TestCase("KB12")]
    [TestCase("KB12345678")]
    [TestCase("KB5034441 /quiet")]
    [TestCase("5034441&shutdown")]
    [TestCase("KB５０３４４４１")]
    [TestCase("KBKB5034441")]
    public async Task A_kb_that_is_not_well_formed_is_refused_naming_the_setting(string? kb)
    {
        (string, string)[] settings = kb is null ? [] : [("catalog.uninstallKb", kb)];

        var error = await Assert.ThrowsAsync<InvalidSettingException>(() => FixTester.PlanAsync(new UninstallUpdateFix(), Updated, settings));

        Assert.That(error!.Key, Is.EqualTo("catalog.uninstallKb"));
        Assert.That(error.Message, Does.Contain("KB followed by 6 or 7 digits"));
    }

    [Test]
    public async Task Passes_the_safety_battery()
    {
        var proof = await FixTester.ProveSafeAsync(new UninstallUpdateFix(), Updated, new SafetyOptions { Settings = [("catalog.uninstallKb", "KB5034441")] });

        Assert.That(proof.AppliedPc.ProgramsRun.Single().Arguments, Is.EqualTo(new[] { "/uninstall", "/kb:5034441", "/quiet", "/norestart" }));
    }
}
