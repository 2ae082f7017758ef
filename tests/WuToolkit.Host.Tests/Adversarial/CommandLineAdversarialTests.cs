using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Adversarial.Generators;
using WuToolkit.Host.Tests.Adversarial.Support;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial;

/// <summary>
/// Generated argument vectors (<see cref="HostileCommandLines"/>) through the in-process command line: the exit code is
/// one of 0, 1, 2, 3, 65, 66 and 73 (never 70, never a crash); a usage error is one line per problem and at most the
/// usage hint, with nothing on standard output; and nothing is written anywhere but the output named with <c>-o</c>.
/// </summary>
[NonParallelizable]
public class CommandLineAdversarialTests
{
    private static readonly int[] Documented = [ExitCodes.Ok, ExitCodes.IssueFound, ExitCodes.Usage, ExitCodes.Incomplete, ExitCodes.DataError, ExitCodes.NoInput, ExitCodes.CannotCreate];

    [Test]
    public Task Generated_command_lines_end_with_a_documented_exit_code_and_one_line_per_problem() =>
        Property.ForAllAsync("command-lines.cli", HostileCommandLines.Any, RunOneAsync, cases: 60, line => line.ToString());

    [Test]
    [Category("Slow")]
    public Task Many_more_generated_command_lines_end_as_documented() =>
        Property.ForAllAsync("command-lines.cli.slow", HostileCommandLines.Any, RunOneAsync, cases: 600, line => line.ToString());

    private static IEnumerable<TestCaseData> Corpus() => AdversarialPaths.CorpusCases("command-lines");

    /// <summary>Each corpus file is a JSON array of arguments (<c>{folder}</c> stands for the case's own folder,
    /// <c>{healthy}</c> for the healthy sample snapshot). One whose name starts with <c>process-</c> may take all
    /// memory when it fails, so it runs in the real process under a heap limit.</summary>
    [TestCaseSource(nameof(Corpus))]
    public async Task A_regression_command_line_ends_as_documented(string file)
    {
        var words = System.Text.Json.JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(file)) ?? throw new InvalidOperationException(file);
        var line = new HostileCommandLine([.. words.Select(word => new Word(word))]);
        if (!Path.GetFileName(file).StartsWith("process-", StringComparison.Ordinal))
        {
            await RunOneAsync(line);
            return;
        }

        Assume.That(OperatingSystem.IsLinux(), Is.True, "the process cases name Linux devices");
        using var temp = new TempFolder();
        var result = await BoundedProcess.RunAsync(temp.Path, TimeSpan.FromMinutes(2), line.Resolve(temp.Path));

        Assert.That(result.ExitCode, Is.AnyOf(Documented), result.Error);
        StandardError.AssertProblemLines(result.Error, usageHintAllowed: true);
        Assert.That(Directory.EnumerateFileSystemEntries(temp.Path), Is.Empty);
    }

    /// <summary>A word that starts with '@' is a word: a log of that name is read as a log, not as a list of words.</summary>
    [Test]
    public async Task A_word_starting_with_an_at_sign_is_a_path_not_a_response_file()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.Combine("@CBS.log"), "2024-03-01 10:00:03, Error                 CSI    00000002 (F) Demo failure[gle=0x80004005]\r\n");
        var before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = temp.Path;
        Tests.Support.Cli.Result result;
        try
        {
            result = await Tests.Support.Cli.RunAsync("logs", "analyze", "@CBS.log", "--format", "json");
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        Assert.That(result.Output, Does.Contain("@CBS.log"));
    }

    internal static async Task RunOneAsync(HostileCommandLine line)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.Combine("words.rsp"), "--format json\n--timeout 1e9\n");
        var args = line.Resolve(temp.Path);
        if (LiveRunGuard.WouldReachTheNetwork(args))
        {
            return;
        }

        // Relative paths land in the case's folder, which is watched like the rest.
        var before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = temp.Path;
        Tests.Support.Cli.Result result;
        try
        {
            result = await HostileRun.RunAsync(args, [temp.Path], output: NamedOutput(args, temp.Path));
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }

        Assert.That(result.ExitCode, Is.AnyOf(Documented), $"{result.Error}");
        var lines = StandardError.AssertProblemLines(
            string.Join('\n', StandardError.Lines(result.Error).Where(text => !text.StartsWith("snapshot written to ", StringComparison.Ordinal))),
            usageHintAllowed: true);
        if (result.ExitCode is ExitCodes.Usage or ExitCodes.DataError or ExitCodes.NoInput)
        {
            Assert.That(result.Output, Is.Empty, "nothing on standard output for a script to mistake for a result");
            Assert.That(lines.Count(text => text.StartsWith("error: ", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(1), "the error is said");
        }
    }

    /// <summary>The file <c>collect -o</c> or <c>run -o</c> names, as wutk parses it; the only thing a command may write.</summary>
    private static string? NamedOutput(string[] args, string folder)
    {
        var parse = Cli.WutkCommandLine.Parse(args, new HostEnvironment(TestPaths.HostOutput, null, null, _ => null, false, 0));
        try
        {
            return parse.CommandResult.Command.Name is "collect" or "run" && parse.Errors.Count == 0
                ? parse.GetValue<FileInfo>("--output") is { } file ? Path.GetFullPath(file.FullName) : null
                : null;
        }
        catch (InvalidOperationException)
        {
            // A required --output that is missing (--help hides that error): then nothing is written.
            return null;
        }
    }
}
