using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.WritesToStdout;

/// <summary>Writes without end to the process's raw standard output, past any console writer: in wutk's own process
/// nothing can keep that out of its output; in a process of its own it floods the pipe to wutk.</summary>
[ExportCheck("writestostdout.flood", "A check that floods standard output")]
public sealed class FloodingCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var block = new byte[64 * 1024];
        Array.Fill(block, (byte)'x');
        using var output = Console.OpenStandardOutput();
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync(block, cancellationToken).ConfigureAwait(false);
        }

        return CheckResult.Pass("stopped flooding");
    }
}
