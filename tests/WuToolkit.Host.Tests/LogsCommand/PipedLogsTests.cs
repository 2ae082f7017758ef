using System.Text;
using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary>
/// Logs that arrive through a pipe, a FIFO or standard input are read as streams, once, from their first byte:
/// the same log gives the same answer piped as named; a source that gives nothing is never an all clear; a FIFO
/// nobody writes to can be cancelled.
/// </summary>
public class PipedLogsTests
{
    // Larger than the 64 KiB sample that decides the kind, so a read that starts again after the sample loses entries.
    private static readonly string Dism = string.Concat(Enumerable.Repeat(
        """
        2026-11-20 08:00:01, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->
        2026-11-20 08:00:05, Error                 DISM   DISM Package Manager: PID=4212 TID=4400 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)

        """.ReplaceLineEndings("\r\n"),
        400));

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static async Task<string> WriteAsync(TempFolder temp, string name, string text)
    {
        var path = temp.Combine(name);
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false));
        return path;
    }

    private static (string Kind, long Entries, string Path) File0(string json)
    {
        using var document = JsonDocument.Parse(json);
        var file = document.RootElement.GetProperty("files")[0];
        return (file.GetProperty("kind").GetString()!, file.GetProperty("entries").GetInt64(), file.GetProperty("path").GetString()!);
    }

    [Test]
    public async Task A_dash_reads_standard_input_named_as_such()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(Dism));

        var result = await Support.Cli.RunAsync(["logs", "analyze", "-", "--format", "json"], standardInput: input);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        Assert.That(File0(result.Output), Is.EqualTo(("dism", 800L, "(standard input)")));
    }

    [Test]
    public async Task Empty_standard_input_is_not_an_all_clear()
    {
        var result = await Support.Cli.RunAsync(["logs", "analyze", "-"], standardInput: new MemoryStream());

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("warning: ").And.Contain("(standard input)"));
    }

    [Test]
    public async Task A_log_piped_to_stdin_dev_stdin_or_a_process_substitution_reads_as_the_file_itself()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix pipes");
        using var temp = new TempFolder();
        var log = await WriteAsync(temp, "dism.log", Dism);

        var direct = await HostProcess.RunAsync(temp.Path, "logs", "analyze", log, "--format", "json");
        var dash = await HostProcess.ShellAsync(temp.Path, """cat "$1" | "$WUTK" logs analyze - --format json""", log);
        var devStdin = await HostProcess.ShellAsync(temp.Path, """cat "$1" | "$WUTK" logs analyze /dev/stdin --format json""", log);
        var substituted = await HostProcess.ShellAsync(temp.Path, "\"$WUTK\" logs analyze <(cat \"$1\") --format json", log);

        Assert.That(direct.ExitCode, Is.EqualTo(ExitCodes.IssueFound), direct.ToString());
        Assert.That(File0(direct.Output), Is.EqualTo(("dism", 800L, log)));
        foreach (var piped in new[] { dash, devStdin, substituted })
        {
            Assert.That(piped.ExitCode, Is.EqualTo(ExitCodes.IssueFound), piped.ToString());
            Assert.That(File0(piped.Output).Entries, Is.EqualTo(800), piped.ToString());
            Assert.That(File0(piped.Output).Kind, Is.EqualTo("dism"), "told from its content");
        }
    }

    [Test]
    public async Task A_failed_producer_in_a_pipe_is_not_an_all_clear()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix pipes");
        using var temp = new TempFolder();

        var result = await HostProcess.ShellAsync(temp.Path, """cat "$1" 2>/dev/null | "$WUTK" logs analyze /dev/stdin""", temp.Combine("missing.log"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Incomplete), result.ToString());
    }

    [Test]
    public async Task A_FIFO_is_read_to_the_end_its_writer_gives()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix FIFOs");
        using var temp = new TempFolder();
        var fifo = await MakeFifoAsync(temp, "pc42-copy.txt");

        var writer = Task.Run(() => File.WriteAllText(fifo, Dism));
        var result = await Support.Cli.RunAsync(["logs", "analyze", fifo, "--format", "json"]).WaitAsync(Bound);
        await writer.WaitAsync(Bound);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        Assert.That(File0(result.Output), Is.EqualTo(("dism", 800L, fifo)));
    }

    [Test]
    public async Task A_FIFO_nobody_writes_to_is_cancelled_by_Ctrl_C()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix FIFOs");
        using var temp = new TempFolder();
        var fifo = await MakeFifoAsync(temp, "dism.log");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        try
        {
            var result = await Support.Cli.RunAsync(["logs", "analyze", fifo], cancellationToken: cancel.Token).WaitAsync(Bound);

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled), result.Output + result.Error);
        }
        finally
        {
            // The read the command gave up on still waits in the OS for a writer: be that writer, so it ends.
            var release = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write).Dispose());
            await Task.WhenAny(release, Task.Delay(TimeSpan.FromSeconds(5)));
        }
    }

    private static async Task<string> MakeFifoAsync(TempFolder temp, string name)
    {
        var path = temp.Combine(name);
        var made = await ProcessRunner.RunAsync("mkfifo", [path], temp.Path);
        Assert.That(made.ExitCode, Is.Zero, made.ToString());
        return path;
    }
}
