using System.Globalization;
using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Isolation;

/// <summary>
/// The hostile plugins that wutk survives in its own process: one that prints (its text goes to standard error, the JSON
/// stays whole), one whose forgotten task throws, one that changes the current directory, the console's encodings and
/// the default culture (all put back before the report is written), one that eats memory under a heap limit (its check
/// is one Error row), and two plugins with conflicting versions of one library. The others (FailFast, a stack overflow,
/// Exit, an access violation, a thread's exception, a flood of the raw standard output) end or spoil any process they
/// run in: they are tested with <c>--isolate</c> only (<see cref="HostilePluginIsolatedTests"/>).
/// </summary>
public class HostilePluginInProcessTests
{
    [Test]
    public async Task A_check_that_prints_does_not_break_the_json_of_the_real_process()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "runs the built host as a process");
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("WritesToStdout", temp.Path);

        var result = await HostProcess.RunAsync(
            temp.Path, "run", "writestostdout.console", "writestostdout.fine", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(() => JsonDocument.Parse(result.Output).Dispose(), Throws.Nothing, result.Output);
        Assert.That(CliJson.ReadRun(result.Output).Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass));
        Assert.That(result.Error, Does.Contain("{\"kind\": \"not wutk's output\"}").And.Contain("progress: 50%"));
    }

    [Test]
    public async Task A_check_whose_forgotten_task_throws_passes_and_the_process_lives_on()
    {
        var (result, rows) = await HostileRun.RunAsync("ThrowsLater", isolate: false, "throwslater.task", "throwslater.fine");
        await Task.Delay(200);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(rows.Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_check_that_changes_the_process_has_it_put_back_before_the_report()
    {
        var directory = Environment.CurrentDirectory;
        var output = Console.OutputEncoding;
        var input = Console.InputEncoding;
        var culture = CultureInfo.DefaultThreadCurrentCulture;
        try
        {
            var (result, rows) = await HostileRun.RunAsync("ChangesProcessState", isolate: false, "ChangesProcessState");

            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(rows.Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass));
            Assert.That(Environment.CurrentDirectory, Is.EqualTo(directory));
            Assert.That(Console.OutputEncoding.CodePage, Is.EqualTo(output.CodePage));
            Assert.That(Console.InputEncoding.CodePage, Is.EqualTo(input.CodePage));
            Assert.That(CultureInfo.DefaultThreadCurrentCulture, Is.EqualTo(culture));
        }
        finally
        {
            Environment.CurrentDirectory = directory;
            CultureInfo.DefaultThreadCurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = culture;
        }
    }

    [Test]
    public async Task A_check_that_changes_the_process_leaves_the_real_processes_json_whole()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "runs the built host as a process");
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("ChangesProcessState", temp.Path);

        var result = await HostProcess.RunAsync(temp.Path, "run", "ChangesProcessState", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(CliJson.ReadRun(result.Output).Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass), "UTF-8 JSON, as ever");
    }

    [Test]
    [Category("Slow")]
    public async Task A_check_that_eats_memory_under_a_heap_limit_is_one_error_row()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "runs the built host as a process");
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("EndlessAllocation", temp.Path);

        var result = await ProcessRunner.RunAsync(
            HostProcess.Wutk,
            ["run", "EndlessAllocation", "disk.free-space", "--set", "disk.updateFreeGB=0", "--plugins", temp.Path, "--format", "json"],
            temp.Path,
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x20000000", ["NO_COLOR"] = "1" },
            TimeSpan.FromMinutes(3));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.ToString());
        var rows = CliJson.ReadRun(result.Output);
        Assert.That(rows.Where(row => row.Status == CheckStatus.Error).Select(row => row.Id), Is.EqualTo(new[] { "endlessallocation.hoard" }));
        Assert.That(rows.Single(row => row.Status == CheckStatus.Error).Summary, Does.Contain("OutOfMemoryException"));
        Assert.That(rows.Where(row => row.Status != CheckStatus.Error).Select(row => row.Status), Is.All.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Two_plugins_with_conflicting_versions_of_one_library_each_get_their_own()
    {
        await ConflictingLibraries.AssertBothLoadAsync(isolate: false);
    }
}
