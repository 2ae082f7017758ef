namespace WuToolkit.Host.Tests.Isolation;

/// <summary>
/// Each hostile plugin run with <c>--isolate</c>: whatever it does to its process (ends it with FailFast, a stack
/// overflow, Exit(0), an access violation or a thread's exception; eats its memory; floods its pipe), it is one Error row
/// naming what happened, and every other check, its own plugin's included, gives its result.
/// </summary>
[Category("Slow")]
public class HostilePluginIsolatedTests
{
    [TestCase("FailFast", "failfast.boom", "plugin 'FailFast' ended its process with", "the FailFast fixture ends its process")]
    [TestCase("StackOverflow", "stackoverflow.recurse", "plugin 'StackOverflow' ended its process with", "Stack overflow.")]
    [TestCase("ExitInCheck", "exitincheck.exit", "plugin 'ExitInCheck' ended its process with exit code 0", "")]
    [TestCase("AccessViolation", "accessviolation.read", "plugin 'AccessViolation' ended its process with", "")]
    [TestCase("ThrowsLater", "throwslater.thread", "plugin 'ThrowsLater' ended its process with", "the ThrowsLater fixture's thread gives up")]
    [TestCase("WritesToStdout", "writestostdout.flood", "plugin 'WritesToStdout' flooded its process's pipe to wutk", "")]
    [TestCase("EndlessAllocation", "endlessallocation.hoard", "OutOfMemoryException", "")]
    public async Task A_hostile_check_is_one_error_row_and_the_rest_of_the_run_completes(string fixture, string check, string says, string saysToo)
    {
        var (result, rows) = await HostileRun.RunAsync(fixture, isolate: true, fixture);

        var error = HostileRun.TheOneError(result, rows, fixture, check);
        Assert.That(error.Summary, Does.Contain(says).And.Contain(saysToo));
    }

    [Test]
    public async Task A_check_that_prints_in_its_process_passes_and_the_json_stays_whole()
    {
        var (result, rows) = await HostileRun.RunAsync("WritesToStdout", isolate: true, "writestostdout.console", "writestostdout.fine");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(rows.Select(row => row.Status), Is.All.EqualTo(Abstractions.Checks.CheckStatus.Pass));
        Assert.That(result.Error, Does.Contain("[WritesToStdout] {\"kind\": \"not wutk's output\"}"), "what it printed is on standard error, marked");
    }

    [Test]
    public async Task A_check_that_changes_its_process_changes_nothing_of_wutk()
    {
        var directory = Environment.CurrentDirectory;
        var encoding = Console.OutputEncoding.CodePage;

        var (result, rows) = await HostileRun.RunAsync("ChangesProcessState", isolate: true, "ChangesProcessState");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(rows.Select(row => row.Status), Is.All.EqualTo(Abstractions.Checks.CheckStatus.Pass));
        Assert.That(Environment.CurrentDirectory, Is.EqualTo(directory));
        Assert.That(Console.OutputEncoding.CodePage, Is.EqualTo(encoding));
    }

    [Test]
    public async Task Two_plugins_with_conflicting_versions_of_one_library_each_get_their_own()
    {
        await ConflictingLibraries.AssertBothLoadAsync(isolate: true);
    }
}
