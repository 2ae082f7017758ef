using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Plugins.Tests.Support;

/// <summary>Plans a fix on a simulated PC, applies the plan, and undoes every step in reverse order, as undoing a journal
/// does (the host's <c>wutk undo</c>, or a fix's companion such as <c>cleanboot.exit</c>), keeping the state at each point.</summary>
internal static class FixRoundTrip
{
    public static async Task<RoundTrip> RunAsync(IFix fix, SimulatedPc pc, params (string Key, string Value)[] settings)
    {
        var before = pc.State;
        var plan = await FixTester.PlanAsync(fix, pc, settings);
        var prepared = new List<PreparedStep>();
        var outcomes = new List<StepOutcome>();
        foreach (var step in plan.Steps)
        {
            var ready = await pc.PrepareAsync(step, CancellationToken.None);
            prepared.Add(ready);
            outcomes.Add(await pc.ExecuteAsync(ready, CancellationToken.None));
        }

        var applied = pc.State;
        var undone = new List<StepOutcome>();
        for (var index = prepared.Count - 1; index >= 0; index--)
        {
            undone.Add(await pc.UndoAsync(prepared[index], CancellationToken.None));
        }

        return new RoundTrip(plan, before, applied, pc.State, outcomes, undone);
    }
}

/// <summary>What a round trip saw.</summary>
internal sealed record RoundTrip(
    FixPlan Plan,
    SimulatedState Before,
    SimulatedState Applied,
    SimulatedState Undone,
    IReadOnlyList<StepOutcome> Outcomes,
    IReadOnlyList<StepOutcome> UndoOutcomes);
