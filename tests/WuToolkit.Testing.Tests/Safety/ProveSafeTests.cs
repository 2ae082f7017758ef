using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Safety;

/// <summary>The battery a plugin author runs on a fix: it passes a safe fix and returns what it reached, and it names
/// what is wrong with an unsafe one.</summary>
public class ProveSafeTests
{
    private static readonly string[] Services = ["UsoSvc", "DoSvc", "wuauserv", "BITS", "CryptSvc"];

    private static readonly SafetyOptions AsWindows = new()
    {
        Faults = [Fault.FolderInUse(SoftwareDistribution, "wuauserv"), Fault.FolderInUse(Catroot2, "CryptSvc")],
    };

    [Test]
    public async Task A_download_cache_reset_passes_and_the_proof_carries_the_state_it_reached()
    {
        var fix = new PlanFix(_ => new FixPlan
        {
            Steps = [.. Services.Select(Stop), Rename(SoftwareDistribution, "SoftwareDistribution.bak"), Rename(Catroot2, "catroot2.bak"), .. Services.Reverse().Select(Start)],
        });

        var proof = await FixTester.ProveSafeAsync(fix, UpdatePc, AsWindows);

        Assert.That(proof.Operations, Is.EqualTo(12));
        Assert.That(proof.After.Paths.Select(path => path.Path), Does.Contain(SoftwareDistribution + ".bak"));
        Assert.That(proof.AfterSecondApply.Paths.Select(path => path.Path), Does.Contain(SoftwareDistribution + ".bak.1").And.Contain(SoftwareDistribution + ".bak"));
        Assert.That(proof.OrderProblems, Is.Empty);
        Assert.That(await proof.AppliedPc.Services.GetAsync("wuauserv", CancellationToken.None), Has.Property(nameof(ServiceInfo.State)).EqualTo(ServiceState.Running));
    }

    [Test]
    public async Task A_fix_with_every_kind_of_step_passes()
    {
        var fix = new PlanFix(_ => new FixPlan
        {
            Steps =
            [
                new CreateRestorePointStep { Description = "wutk" },
                Stop("BITS"),
                StartType("BITS", ServiceStartType.Disabled),
                new SetServiceSecurityStep { ServiceName = "BITS", Sddl = "D:(A;;GA;;;SY)" },
                Rename(SoftwareDistribution, "sd.old"),
                Create(@"%SystemRoot%\wutk"),
                Set(PowerKey, "HiberbootEnabled", "0"),
                Run("netsh.exe", "winhttp", "reset", "proxy"),
                StartType("BITS", ServiceStartType.Manual),
                Start("BITS"),
            ],
        });

        var proof = await FixTester.ProveSafeAsync(fix, UpdatePc);

        Assert.That(proof.Operations, Is.EqualTo(10));
    }

    [Test]
    public async Task On_a_managed_pc_the_engine_leaves_out_what_the_fix_should_have()
    {
        var fix = new PlanFix(_ => new FixPlan { Steps = [Stop("wuauserv"), Set(PolicyKey, "NoAutoUpdate", "0"), Start("wuauserv")] });

        var proof = await FixTester.ProveSafeAsync(fix, UpdatePc, new SafetyOptions { Context = context => context with { ManagedBy = ["WSUS"] } });

        Assert.That(proof.Plan.Steps, Has.Count.EqualTo(2));
        Assert.That(proof.Plan.Omitted, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_plan_that_moves_a_folder_before_stopping_the_service_holding_it_fails_to_apply()
    {
        var fix = new PlanFix(_ => new FixPlan { Steps = [Rename(SoftwareDistribution, "x"), Stop("wuauserv")] });

        var error = await Assert.ThrowsAsync<AssertionFailedException>(() => FixTester.ProveSafeAsync(fix, UpdatePc, AsWindows));

        Assert.That(error!.Message, Does.Contain("not applied").And.Contain("wuauserv"));
    }

    [Test]
    public async Task A_plan_whose_rollback_cannot_restore_a_service_is_caught_at_the_operation_that_shows_it()
    {
        var fix = new PlanFix(_ => new FixPlan { Steps = [Stop("wuauserv"), Stop("BITS")] });

        var error = await Assert.ThrowsAsync<AssertionFailedException>(() =>
            FixTester.ProveSafeAsync(fix, UpdatePc, new SafetyOptions { Faults = [Fault.ServiceWontStart("wuauserv")] }));

        Assert.That(error!.Message, Does.Contain("operation 2"));
    }

    [Test]
    public async Task A_fix_with_nothing_to_do_on_the_pc_given_is_told_to_give_a_broken_pc()
    {
        var error = await Assert.ThrowsAsync<AssertionFailedException>(() => FixTester.ProveSafeAsync(new PlanFix(_ => FixPlan.Nothing), UpdatePc));

        Assert.That(error!.Message, Does.Contain("broken").Or.Contain("repair"));
    }

    /// <summary>A fix whose plan is given by the test.</summary>
    private sealed class PlanFix(Func<FixContext, FixPlan> plan) : IFix
    {
        public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken) => Task.FromResult(plan(context));
    }
}
