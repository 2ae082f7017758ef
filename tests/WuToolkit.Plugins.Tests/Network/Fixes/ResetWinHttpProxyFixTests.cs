using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Network.Fixes;

public class ResetWinHttpProxyFixTests
{
    private const string Netsh = @"%SystemRoot%\System32\netsh.exe";

    /// <summary>A WinHTTP proxy an old VPN client left behind.</summary>
    private static readonly TestPc StaleProxy = TestPc.Empty with
    {
        WinHttpProxy = new ProxyInfo { Direct = false, Server = "proxy.old-vpn.example:8080", BypassList = "<local>;*.corp.example" },
    };

    [Test]
    public async Task Resets_the_proxy_with_an_undo_that_sets_back_what_the_machine_reports()
    {
        var plan = await FixTester.PlanAsync(new ResetWinHttpProxyFix(), StaleProxy);

        PlanAssert.Contains(plan, new RunProgramStep
        {
            Program = Netsh,
            Arguments = ["winhttp", "reset", "proxy"],
            Undo = new RunProgramStep
            {
                Program = Netsh,
                Arguments = ["winhttp", "set", "proxy", "proxy-server=proxy.old-vpn.example:8080", "bypass-list=<local>;*.corp.example"],
            },
        });
        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Steps[0].Reason, Does.Contain("proxy.old-vpn.example:8080"));
        Assert.That(plan.Notes, Is.Empty);
    }

    [Test]
    public async Task Without_a_bypass_list_the_undo_sets_only_the_server()
    {
        var pc = StaleProxy with { WinHttpProxy = new ProxyInfo { Direct = false, Server = "10.0.0.8:3128" } };

        var plan = await FixTester.PlanAsync(new ResetWinHttpProxyFix(), pc);

        var undo = ((RunProgramStep)plan.Steps[0]).Undo!;
        Assert.That(undo.Arguments, Is.EqualTo(new[] { "winhttp", "set", "proxy", "proxy-server=10.0.0.8:3128" }));
    }

    [Test]
    public async Task A_proxy_setting_netsh_could_not_set_back_makes_the_reset_irreversible_and_the_plan_says_so()
    {
        var noServer = StaleProxy with { WinHttpProxy = new ProxyInfo { Direct = false } };
        var garbled = StaleProxy with { WinHttpProxy = new ProxyInfo { Direct = false, Server = "proxy:80\nbypass-list=x" } };

        foreach (var pc in new[] { noServer, garbled })
        {
            var plan = await FixTester.PlanAsync(new ResetWinHttpProxyFix(), pc);

            PlanAssert.HasIrreversibleStep(plan);
            Assert.That(plan.Notes, Has.One.Contains("netsh winhttp show proxy"));
        }
    }

    [Test]
    public async Task A_direct_winhttp_gets_an_empty_plan()
    {
        var plan = await FixTester.PlanAsync(new ResetWinHttpProxyFix(), TestPc.Empty with { WinHttpProxy = new ProxyInfo { Direct = true } });

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Notes, Has.One.Contains("directly"));
    }

    [Test]
    public async Task Planning_only_asks_and_applying_runs_netsh()
    {
        var pc = new SimulatedPc(StaleProxy);
        var plan = await PlanWithoutChangeAsync(new ResetWinHttpProxyFix(), pc);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Select(run => (run.Program, string.Join(" ", run.Arguments))), Is.EqualTo(new[] { (Netsh, "winhttp reset proxy") }));
    }

    [Test]
    public async Task A_managed_pc_is_warned_that_its_proxy_may_be_deliberate()
    {
        var plan = await FixTester.PlanAsync(new ResetWinHttpProxyFix(), StaleProxy, context => context with { ManagedBy = ["WSUS"] });

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(plan.Notes, Has.One.Contains("WSUS").And.Contains("deliberate"));
    }

    [Test]
    public async Task Passes_the_safety_battery()
    {
        var proof = await FixTester.ProveSafeAsync(new ResetWinHttpProxyFix(), StaleProxy);

        Assert.That(proof.Operations, Is.EqualTo(1));
    }
}
