using System.Runtime.CompilerServices;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.StackOverflow;

/// <summary>Recurses without end: a stack overflow, which .NET cannot catch, ends the process.</summary>
[ExportCheck("stackoverflow.recurse", "A check that overflows its stack")]
public sealed class RecursingCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass($"depth {Deeper(0)}"));

    // Not inlined, and using its frame after the call, so that no compiler turns it into a loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Deeper(int depth)
    {
        Span<byte> frame = stackalloc byte[128];
        frame[depth % frame.Length] = 1;
        return Deeper(depth + 1) + frame[0];
    }
}
