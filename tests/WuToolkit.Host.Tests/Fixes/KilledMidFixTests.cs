using System.Diagnostics;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary>
/// A real wutk process killed in the middle of a fix, as by a crash or a power loss: the journal says how far it got,
/// and <c>wutk undo</c> afterwards puts the folders back.
/// </summary>
[Category("Slow")]
public class KilledMidFixTests
{
    [Test]
    public async Task Killed_while_the_blocking_step_runs_then_undo_puts_every_folder_back()
    {
        using var sandbox = new FixSandbox();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(TestPaths.HostOutput, "wutk.dll"), "fix", "fixture.move-folders", "--yes",
            "--plugins", sandbox.Plugins, "--set", "fixture.root=" + sandbox.Root, "--set", "fixture.pause=60",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[HostEnvironment.JournalsVariable] = sandbox.Journals;
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            // The blocking program is step 2 (index 1): its "prepared" line is written before it starts.
            var deadline = Stopwatch.StartNew();
            while (!JournalShows(sandbox, "\"type\":\"prepared\",", "\"step\":1"))
            {
                Assert.That(process.HasExited, Is.False, () => $"wutk ended early: {output.Result} {error.Result}");
                Assert.That(deadline.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "the blocking step never started");
                await Task.Delay(100);
            }

            await Task.Delay(300);
            Assert.That(sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b" }), "half-way: a is moved, b not yet");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var journal = File.ReadAllLines(sandbox.JournalFiles().Single());
        Assert.That(journal.Last(), Does.Not.Contain("\"type\":\"end\""), "the journal was never ended");

        var undone = await sandbox.RunAsync("undo", "--yes");

        Assert.That(undone.ExitCode, Is.EqualTo(ExitCodes.Ok), undone.Error + undone.Output);
        Assert.That(sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(File.ReadAllText(Path.Combine(sandbox.Root, "a", "file.txt")), Is.EqualTo("a"));
    }

    private static bool JournalShows(FixSandbox sandbox, params string[] parts)
    {
        foreach (var file in sandbox.JournalFiles())
        {
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream);
                while (reader.ReadLine() is { } line)
                {
                    if (parts.All(part => line.Contains(part, StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }
            }
            catch (IOException)
            {
                // Being written: look again.
            }
        }

        return false;
    }
}

/// <summary>Ctrl+C between steps (the command's cancellation): the step that runs finishes, then what ran is rolled back.</summary>
[Category("Slow")]
public class CancelledMidFixTests
{
    [Test]
    public async Task Cancelled_while_a_step_runs_the_step_ends_then_what_ran_is_rolled_back_with_exit_130()
    {
        using var sandbox = new FixSandbox();
        using var cancel = new CancellationTokenSource();
        var running = Support.Cli.RunAsync(
            ["fix", "fixture.move-folders", "--yes", "--plugins", sandbox.Plugins, "--set", "fixture.root=" + sandbox.Root, "--set", "fixture.pause=3"],
            new Dictionary<string, string> { [HostEnvironment.JournalsVariable] = sandbox.Journals },
            cancellationToken: cancel.Token);
        var deadline = Stopwatch.StartNew();
        while (!sandbox.JournalFiles().Any(file => File.ReadAllText(file).Contains("\"step\":1", StringComparison.Ordinal)))
        {
            Assert.That(deadline.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
            await Task.Delay(50);
        }

        await cancel.CancelAsync();
        var result = await running;

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled), result.Error + result.Output);
        Assert.That(sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(result.Output, Does.Contain("Cancelled fixture.move-folders between steps"));
    }
}
