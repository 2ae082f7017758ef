using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.WritesToStdout;

/// <summary>Prints to the console, as a plugin ported from a console tool might: text that looks like JSON, which must
/// not end up in the middle of wutk's own JSON output.</summary>
[ExportCheck("writestostdout.console", "A check that writes to the console")]
public sealed class ConsoleCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine("{\"kind\": \"not wutk's output\"}");
        Console.Out.Write("progress: 50%");
        Console.Out.Flush();
        return Task.FromResult(CheckResult.Pass("printed to the console"));
    }
}
