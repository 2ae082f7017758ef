using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>
/// One hostile input through the in-process command line, held to what every run must keep: it ends (a per-case limit,
/// after which it is cancelled and the case fails; no healthy run comes near it), allocates no more than a generous
/// bound, and leaves the folders it was given as they were (the named output aside).
/// </summary>
internal static class HostileRun
{
    /// <summary>Generous: a case that needs it is a hang, not a slow run.</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(60);

    /// <summary>Runs wutk with <paramref name="args"/>; throws when it does not end in time, allocates more than
    /// <paramref name="maxAllocatedBytes"/>, or changes anything in <paramref name="watched"/> but <paramref name="output"/>.</summary>
    public static async Task<Tests.Support.Cli.Result> RunAsync(
        string[] args,
        IReadOnlyList<string> watched,
        string? output = null,
        long maxAllocatedBytes = 1L << 30,
        Stream? standardInput = null)
    {
        var before = watched.Select(FolderState.Capture).ToList();
        using var limit = new CancellationTokenSource(CaseLimit);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        Tests.Support.Cli.Result result;
        try
        {
            // On a thread of its own: a command that hangs before its first await must not hang the test with it.
            result = await Task.Run(() => Tests.Support.Cli.RunAsync(args, null, standardInput, cancellationToken: limit.Token)).WaitAsync(CaseLimit + TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new AssertionException($"wutk {Describe(args)} did not end within {CaseLimit.TotalSeconds} s");
        }

        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        if (result.ExitCode == ExitCodes.Cancelled)
        {
            throw new AssertionException($"wutk {Describe(args)} was cancelled after {CaseLimit.TotalSeconds} s: it did not end by itself");
        }

        if (allocated > maxAllocatedBytes)
        {
            throw new AssertionException($"wutk {Describe(args)} allocated {allocated:N0} bytes, more than the bound of {maxAllocatedBytes:N0}");
        }

        for (var i = 0; i < watched.Count; i++)
        {
            FolderState.AssertUnchanged(before[i], FolderState.Capture(watched[i]), output);
        }

        return result;
    }

    /// <summary>The arguments as a person would read them, control characters escaped.</summary>
    public static string Describe(IEnumerable<string> args) =>
        string.Join(' ', args.Select(arg => "'" + Output.TerminalText.Escape(arg) + "'"));
}
