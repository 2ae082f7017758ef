using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing;

/// <summary>Runs one check against a PC. A question the PC cannot answer propagates as
/// <see cref="QuestionUnansweredException"/>, as it reaches the host, which shows the check as Skipped naming the
/// question; a test asserts on it with <c>Assert.ThrowsAsync&lt;QuestionUnansweredException&gt;</c>.</summary>
public static class CheckTester
{
    /// <summary>Runs <paramref name="check"/> on <paramref name="pc"/> with the given settings (<c>("disk.upgradeFreeGB", "40")</c>).</summary>
    public static Task<CheckResult> RunAsync(ICheck check, TestPc pc, params (string Key, string Value)[] settings) =>
        RunAsync(check, pc, Scenario.Both, settings);

    /// <summary>Runs <paramref name="check"/> on <paramref name="pc"/> for a scenario.</summary>
    public static Task<CheckResult> RunAsync(ICheck check, TestPc pc, Scenario scenario, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(pc);
        return RunAsync(check, pc.ToMachine(), scenario, settings);
    }

    /// <summary>Runs <paramref name="check"/> on any machine, such as a <see cref="Simulation.SimulatedPc"/> after a fix.</summary>
    public static Task<CheckResult> RunAsync(ICheck check, IMachine machine, params (string Key, string Value)[] settings) =>
        RunAsync(check, machine, Scenario.Both, settings);

    /// <summary>Runs <paramref name="check"/> on any machine for a scenario.</summary>
    public static Task<CheckResult> RunAsync(ICheck check, IMachine machine, Scenario scenario, params (string Key, string Value)[] settings) =>
        RunAsync(check, machine, context => context with { Scenario = scenario }, settings);

    /// <summary>Runs <paramref name="check"/> on <paramref name="pc"/> with a context changed by <paramref name="adjust"/>, for
    /// what the other overloads do not set: <c>context =&gt; context with { Deep = true, ErrorCodes = new TestErrorCodes(…) }</c>.</summary>
    public static Task<CheckResult> RunAsync(ICheck check, TestPc pc, Func<CheckContext, CheckContext> adjust, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(pc);
        return RunAsync(check, pc.ToMachine(), adjust, settings);
    }

    /// <summary>Runs <paramref name="check"/> on <paramref name="machine"/> with a context changed by <paramref name="adjust"/>.</summary>
    public static async Task<CheckResult> RunAsync(ICheck check, IMachine machine, Func<CheckContext, CheckContext> adjust, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(adjust);
        ArgumentNullException.ThrowIfNull(settings);
        var context = adjust(new CheckContext
        {
            Machine = machine,
            Settings = new TestSettings(settings),
            Logger = NullLogger.Instance,
        });
        return await check.RunAsync(context, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The value of one piece of evidence, or an error naming the keys there are.</summary>
    /// <exception cref="KeyNotFoundException">The result has no evidence with this key.</exception>
    public static string Evidence(this CheckResult result, string key)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Evidence.FirstOrDefault(evidence => evidence.Key == key)?.Value
            ?? throw new KeyNotFoundException(TestingStrings.FormatNoEvidence(key, Describe.Keys(result)));
    }
}
