using CsCheck;
using NUnit.Framework.Internal;

namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>
/// Runs a CsCheck generator as a property the same way every time: the cases come from the property's master seed
/// (Seeds/master-seeds.txt), so CI runs exactly the inputs a developer runs. CsCheck's own <c>Sample</c> draws all but
/// its first case from a clock-seeded generator; here every case has a seed of its own, derived from the master seed,
/// and a failing case is then handed to CsCheck, which shrinks it to a smaller failing input with a seed of its own.
/// <c>CsCheck_Seed=&lt;seed&gt;</c> replays one case (and shrinks it again if it still fails) instead of the run.
/// </summary>
internal static class Property
{
    /// <summary>How long CsCheck may look for a smaller failing input once one failed.</summary>
    private const int ShrinkSeconds = 30;

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> inputs from the master seed named
    /// <paramref name="name"/>; a failure names the case's seed, the shrunk seed and the input.</summary>
    public static async Task ForAllAsync<T>(string name, Gen<T> gen, Func<T, Task> property, int cases, Func<T, string> print)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(print);
        var seeds = Check.Seed is { } replay ? [replay] : CaseSeeds(MasterSeeds.Of(name), cases);
        foreach (var seed in seeds)
        {
            var input = gen.Generate(PCG.Parse(seed), null, out _);
            var failure = await FailureOfAsync(property, input).ConfigureAwait(false);

            if (failure is not null)
            {
                Assert.Fail($"""
                    property '{name}' failed for the case with seed {seed}: {failure.Message}
                    input: {Shorten(print(input))}
                    replay it: CsCheck_Seed={seed} dotnet test WuToolkit.sln --filter "FullyQualifiedName~Adversarial"
                    {await ShrinkAsync(gen, property, seed, print).ConfigureAwait(false)}
                    """);
            }
        }
    }

    /// <summary>The synchronous form, for properties that call the readers directly.</summary>
    public static Task ForAllAsync<T>(string name, Gen<T> gen, Action<T> property, int cases, Func<T, string> print) =>
        ForAllAsync(name, gen, input =>
        {
            property(input);
            return Task.CompletedTask;
        }, cases, print);

    /// <summary>One seed per case, each a generator state of its own drawn from the master seed.</summary>
    public static IReadOnlyList<string> CaseSeeds(string masterSeed, int cases)
    {
        var master = PCG.Parse(masterSeed);
        return Enumerable.Range(0, cases).Select(_ => new PCG(master.Stream, master.Next64()).ToString()).ToList();
    }

    private static async Task<string> ShrinkAsync<T>(Gen<T> gen, Func<T, Task> property, string seed, Func<T, string> print)
    {
        try
        {
            await gen.SampleAsync(async input =>
            {
                if (await FailureOfAsync(property, input).ConfigureAwait(false) is { } failure)
                {
                    throw failure;
                }
            }, seed: seed, time: ShrinkSeconds, threads: 1, print: input => Shorten(print(input))).ConfigureAwait(false);
            return "the failure did not repeat when replayed: the property depends on something besides its input";
        }
        catch (CsCheckException shrunk)
        {
            return "shrunk by CsCheck: " + shrunk.Message;
        }
    }

    /// <summary>Runs the property on one input in a test context of its own: a failed assertion inside it must not fail
    /// the test by itself, since the shrinker tries many inputs and only the smallest failure is reported.</summary>
    private static async Task<Exception?> FailureOfAsync<T>(Func<T, Task> property, T input)
    {
        using var isolated = new TestExecutionContext.IsolatedContext();
        try
        {
            await property(input).ConfigureAwait(false);
            return null;
        }
#pragma warning disable CA1031 // Whatever the property threw is the failure to report.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex;
        }
    }

    private static string Shorten(string text) => text.Length <= 4000 ? text : text[..4000] + $"… ({text.Length} characters)";
}
