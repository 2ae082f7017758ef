using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;

namespace WuToolkit.Testing.Tests;

/// <summary>The runners give a check, a fix or a log rule what the host gives it, and return what it says.</summary>
public class TesterTests
{
    [Test]
    public async Task A_check_reads_its_declared_setting_and_the_pc()
    {
        var pc = UpdatePc;

        var byDefault = await CheckTester.RunAsync(new WuauservCheck(), pc);
        var set = await CheckTester.RunAsync(new WuauservCheck(), pc, (WuauservCheck.Expected.Key, "Stopped"));

        ResultAssert.HasStatus(byDefault, CheckStatus.Pass);
        ResultAssert.HasStatus(set, CheckStatus.Fail);
        ResultAssert.HasEvidence(set, "wuauserv.state", "Running");
    }

    [Test]
    public async Task A_question_the_pc_cannot_answer_reaches_the_test_as_it_reaches_the_host()
    {
        var ex = await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckTester.RunAsync(new WuauservCheck(), TestPc.Empty));

        Assert.That(ex!.Question, Is.EqualTo("services/wuauserv"));
    }

    [Test]
    public async Task A_setting_of_the_wrong_form_is_refused_as_the_host_would()
    {
        var ex = await Assert.ThrowsAsync<InvalidSettingException>(() => CheckTester.RunAsync(new WuauservCheck(), UpdatePc, (WuauservCheck.Expected.Key, "Sleeping")));

        Assert.That(ex!.Key, Is.EqualTo(WuauservCheck.Expected.Key));
    }

    [Test]
    public async Task A_fix_planned_and_applied_on_a_simulated_pc_makes_its_check_pass()
    {
        var pc = new SimulatedPc(UpdatePc with { Services = [Stopped("wuauserv", ServiceStartType.Disabled)] });
        var setting = (WuauservCheck.Expected.Key, "Running");
        ResultAssert.HasStatus(await CheckTester.RunAsync(new WuauservCheck(), pc, setting), CheckStatus.Fail);

        var plan = await FixTester.PlanAsync(new StartWuauservFix(), pc);
        var outcomes = await FixTester.ApplyAsync(plan, pc);

        PlanAssert.InOrder(plan, new SetServiceStartTypeStep { ServiceName = "wuauserv", StartType = ServiceStartType.Manual }, new StartServiceStep { ServiceName = "wuauserv" });
        Assert.That(outcomes.Select(outcome => outcome.Status), Is.All.EqualTo(StepStatus.Done));
        ResultAssert.HasStatus(await CheckTester.RunAsync(new WuauservCheck(), pc, setting), CheckStatus.Pass);
        PlanAssert.IsEmpty(await FixTester.PlanAsync(new StartWuauservFix(), pc));
    }

    [Test]
    public async Task Applying_stops_at_the_first_step_that_fails_and_rolls_nothing_back()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.ServiceWontStop("wuauserv"));
        var plan = new FixPlan { Steps = [new StopServiceStep { ServiceName = "UsoSvc" }, new StopServiceStep { ServiceName = "wuauserv" }, new StopServiceStep { ServiceName = "BITS" }] };

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Is.EqualTo(new[] { StepStatus.Done, StepStatus.Failed }));
        Assert.That(pc.State.Services.Single(service => service.Name == "UsoSvc").State, Is.EqualTo(ServiceState.Stopped));
    }

    [Test]
    public void A_log_rule_sees_every_entry_in_order_then_the_end()
    {
        LogEntry[] entries =
        [
            new() { Kind = LogKind.Cbs, File = "CBS.log", Line = 1, Text = "Error: 0x800f081f" },
            new() { Kind = LogKind.Cbs, File = "CBS.log", Line = 2, Text = "Info: fine" },
        ];

        var findings = LogRuleTester.Run(new CountingRule(), entries);

        Assert.That(findings.Select(finding => finding.Summary), Is.EqualTo(new[] { "line 1", "2 entries" }));
    }

    private static class WuauservSettings
    {
        public static readonly TextSetting Expected = new("test.wuauservState", "The state wuauserv should be in", "Running")
        {
            AllowedValues = ["Running", "Stopped"],
        };
    }

    [ExportCheck("test.wuauserv", "wuauserv as expected", Settings = typeof(WuauservSettings))]
    private sealed class WuauservCheck : ICheck
    {
        public static TextSetting Expected => WuauservSettings.Expected;

        public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
        {
            var expected = context.Settings.Get(Expected);
            var service = await context.Machine.Services.GetAsync("wuauserv", cancellationToken);
            var state = service?.State.ToString() ?? "absent";
            Evidence[] evidence = [new("wuauserv.state", state)];
            return state == expected ? CheckResult.Pass("as expected", evidence) : CheckResult.Fail("not as expected", evidence);
        }
    }

    private sealed class StartWuauservFix : IFix
    {
        public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
        {
            var service = await context.Machine.Services.GetAsync("wuauserv", cancellationToken);
            if (service is null || service.State == ServiceState.Running)
            {
                return FixPlan.Nothing;
            }

            List<FixStep> steps = [];
            if (service.StartType == ServiceStartType.Disabled)
            {
                steps.Add(new SetServiceStartTypeStep { ServiceName = "wuauserv", StartType = ServiceStartType.Manual });
            }

            steps.Add(new StartServiceStep { ServiceName = "wuauserv" });
            return new FixPlan { Steps = steps };
        }
    }

    private sealed class CountingRule : ILogRule
    {
        private int _count;
        private LogEntry? _last;

        public void Observe(LogEntry entry, IFindingSink findings)
        {
            _count++;
            _last = entry;
            if (entry.Text.StartsWith("Error", StringComparison.Ordinal))
            {
                findings.Add(new LogFinding { RuleId = "test.count", Severity = FindingSeverity.Failure, Summary = $"line {entry.Line}", Entry = entry });
            }
        }

        public void Complete(IFindingSink findings) =>
            findings.Add(new LogFinding { RuleId = "test.count", Severity = FindingSeverity.Info, Summary = $"{_count} entries", Entry = _last! });
    }
}
