using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Testing;

/// <summary>Plans a fix against a PC, and runs a plan on a <see cref="Simulation.SimulatedPc"/>.
/// <code>
/// var pc = new SimulatedPc(brokenPc);
/// var plan = await FixTester.PlanAsync(new EnableSpoolerFix(), pc);
/// await FixTester.ApplyAsync(plan, pc);
/// ResultAssert.HasStatus(await CheckTester.RunAsync(new SpoolerCheck(), pc), CheckStatus.Pass);
/// </code>
/// </summary>
public static partial class FixTester
{
    /// <summary>The plan <paramref name="fix"/> makes for <paramref name="pc"/>.</summary>
    public static Task<FixPlan> PlanAsync(IFix fix, TestPc pc, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(pc);
        return PlanAsync(fix, pc.ToMachine(), settings);
    }

    /// <summary>The plan <paramref name="fix"/> makes for any machine, such as a <see cref="Simulation.SimulatedPc"/>.</summary>
    public static Task<FixPlan> PlanAsync(IFix fix, IMachine machine, params (string Key, string Value)[] settings) =>
        PlanAsync(fix, machine, context => context, settings);

    /// <summary>The plan <paramref name="fix"/> makes for a PC with an adjusted context, such as a managed PC:
    /// <c>FixTester.PlanAsync(fix, pc, context =&gt; context with { ManagedBy = ["WSUS"] })</c>.</summary>
    public static Task<FixPlan> PlanAsync(IFix fix, TestPc pc, Func<FixContext, FixContext> adjust, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(pc);
        return PlanAsync(fix, pc.ToMachine(), adjust, settings);
    }

    /// <summary>The plan <paramref name="fix"/> makes for any machine with an adjusted context.</summary>
    public static async Task<FixPlan> PlanAsync(IFix fix, IMachine machine, Func<FixContext, FixContext> adjust, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(adjust);
        ArgumentNullException.ThrowIfNull(settings);
        var context = adjust(new FixContext { Machine = machine, Settings = new TestSettings(settings), Logger = NullLogger.Instance });
        return await fix.PlanAsync(context, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Prepares and runs each step in order and stops at the first that fails, giving the outcomes of the steps it ran.
    /// It is not the fix engine: it keeps no journal and rolls nothing back, so that a test of a fix sees what the plan
    /// does on a PC. <see cref="ApplyThroughEngineAsync"/> runs a plan as the host does, and
    /// <see cref="ProveSafeAsync"/> proves a fix safe through the engine.
    /// </summary>
    public static async Task<IReadOnlyList<StepOutcome>> ApplyAsync(FixPlan plan, IStepExecutor executor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(executor);
        var outcomes = new List<StepOutcome>();
        foreach (var step in plan.Steps)
        {
            var prepared = await executor.PrepareAsync(step, cancellationToken).ConfigureAwait(false);
            var outcome = await executor.ExecuteAsync(prepared, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            if (outcome.Status == StepStatus.Failed)
            {
                break;
            }
        }

        return outcomes;
    }
}
