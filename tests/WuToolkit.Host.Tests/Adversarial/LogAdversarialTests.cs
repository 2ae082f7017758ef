using System.Text;
using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Adversarial.Generators;
using WuToolkit.Host.Tests.Adversarial.Support;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial;

/// <summary>
/// Generated logs of every kind wutk reads, damaged on purpose (<see cref="HostileLogs"/>), through <c>wutk logs
/// analyze</c> and <c>timeline</c>, from a file under its usual name, under a name that says nothing, and on standard
/// input: the exit code is 0, 1 or 3 (never 70), every line on standard error is one problem, JSON output parses and
/// carries the process's exit code, and nothing is written beside the log.
/// </summary>
[NonParallelizable]
public class LogAdversarialTests
{
    private static string Print(HostileLog log)
    {
        var bytes = HostileLogs.Render(log);
        return $"{log}; file ({bytes.Length} bytes) starts: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 200)))}";
    }

    [Test]
    public Task Logs_analyze_reads_generated_and_damaged_logs_as_documented() =>
        Property.ForAllAsync("logs.cli", HostileLogs.Any, RunOneAsync, cases: 25, Print);

    [Test]
    [Category("Slow")]
    public Task Logs_analyze_holds_on_many_more_generated_logs() =>
        Property.ForAllAsync("logs.cli.slow", HostileLogs.Any, RunOneAsync, cases: 200, Print);

    private static IEnumerable<TestCaseData> Corpus() => AdversarialPaths.CorpusCases("logs");

    /// <summary>Each file of the corpus, given to wutk under the name after its "--" (<c>nul-run--CBS.log</c> is read
    /// as <c>CBS.log</c>; <c>--stdin</c> on standard input).</summary>
    [TestCaseSource(nameof(Corpus))]
    public async Task A_regression_log_is_analyzed_as_documented(string file)
    {
        var given = Path.GetFileName(file).Split("--", 2) is [_, var name] ? name
            : throw new InvalidOperationException($"{file}: a log corpus file is named <what>--<name wutk reads it as>");
        await RunAsync(await File.ReadAllBytesAsync(file), given == "stdin" ? "-" : given, timeline: false, json: true);
        await RunAsync(await File.ReadAllBytesAsync(file), given == "stdin" ? "-" : given, timeline: true, json: false);
    }

    /// <summary>A large hostile log (a 48 MB line without an end, NUL runs and nesting) read by the real process with a
    /// hard heap limit: it ends with a documented code, and its peak working set stays bounded.</summary>
    [Test]
    [Category("Slow")]
    public async Task A_large_hostile_log_is_analyzed_in_bounded_memory_by_the_real_process()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("CBS.log");
        await using (var stream = File.Create(file))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("2024-03-01 10:00:03, Error                 CSI    00000002 (F) Demo failure[gle=0x80004005]\r\n"));
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>[{\"a\":", 100_000)));
            for (var i = 0; i < 48; i++)
            {
                await stream.WriteAsync(chunk);
                await stream.WriteAsync(new byte[64 * 1024]);
            }
        }

        var result = await BoundedProcess.RunAsync(temp.Path, TimeSpan.FromMinutes(3), "logs", "analyze", file, "--format", "json");

        Assert.That(result.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.IssueFound, ExitCodes.Incomplete), result.Error);
        StandardError.AssertProblemLines(result.Error);
        Assert.That(result.PeakWorkingSet, Is.LessThan(BoundedProcess.HeapLimit + (256L * 1024 * 1024)), "peak working set");
    }

    private static Task RunOneAsync(HostileLog log) =>
        RunAsync(HostileLogs.Render(log), log.FileName, timeline: log.Lines.Count % 3 == 0, json: log.Lines.Count % 2 == 0);

    private static async Task RunAsync(byte[] bytes, string name, bool timeline, bool json)
    {
        using var temp = new TempFolder();
        string[] args;
        Stream? input = null;
        if (name == "-")
        {
            input = new MemoryStream(bytes, writable: false);
            args = ["logs", timeline ? "timeline" : "analyze", "-"];
        }
        else
        {
            var file = temp.Combine(name);
            await File.WriteAllBytesAsync(file, bytes);
            args = ["logs", timeline ? "timeline" : "analyze", file];
        }

        if (json)
        {
            args = [.. args, "--format", "json"];
        }

        Tests.Support.Cli.Result result;
        await using (input)
        {
            result = await HostileRun.RunAsync(args, [temp.Path], standardInput: input);
        }

        Assert.That(result.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.IssueFound, ExitCodes.Incomplete), result.Error);
        StandardError.AssertProblemLines(result.Error);
        if (json)
        {
            using var document = JsonDocument.Parse(result.Output);
            Assert.That(document.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(result.ExitCode));
        }
        else
        {
            var raw = result.Output.Split('\n').Where(line => line.AsSpan().TrimEnd('\r').IndexOfAny(Controls) >= 0).ToList();
            Assert.That(raw, Is.Empty, "control characters from the log are escaped in the table");
        }
    }

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create("\u0000\u0007\u001b\u0085\u009b\u202e");
}
