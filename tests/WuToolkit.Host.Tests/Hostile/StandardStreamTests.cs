using System.Text;
using WuToolkit.Host.IO;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary>Standard streams that fail, in a real process whose streams a shell redirected or closed: output that
/// cannot be written is 73 with one line on standard error; a warning that cannot be written never ends the run.</summary>
public class StandardStreamTests
{
    [Test]
    public async Task Output_to_a_full_disk_exits_73_with_one_line()
    {
        var result = await WutkProcess.RunAsync(">/dev/full", "list");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.ToString());
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.StartWith("error: cannot write to standard output"));
    }

    [Test]
    public async Task Json_output_to_a_full_disk_exits_73_with_one_line()
    {
        var result = await WutkProcess.RunAsync(">/dev/full", "list", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.ToString());
        Assert.That(result.Error, Does.StartWith("error: cannot write to standard output"));
    }

    [Test]
    public async Task Closed_output_exits_73_with_one_line()
    {
        var result = await WutkProcess.RunAsync(">&-", "list");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.ToString());
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.StartWith("error: cannot write to standard output"));
    }

    [TestCase("2>/dev/full")]
    [TestCase("2>&-")]
    public async Task A_warning_that_cannot_be_written_does_not_end_the_run(string redirection)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.Combine("Broken.dll"), "not a plugin");

        // The broken plugin is a warning line and, at this verbosity, log lines from the logger's own thread.
        var result = await WutkProcess.RunAsync(redirection, "list", "--plugins", temp.Path, "-v", "diagnostic");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
        Assert.That(result.Output, Does.Contain("disk.free-space"));
    }

    [Test]
    public async Task Both_streams_closed_still_end_with_73()
    {
        var result = await WutkProcess.RunAsync(">&- 2>&-", "list");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.ToString());
    }

    [Test]
    public async Task In_process_a_failing_output_writer_is_73_not_an_internal_error()
    {
        using var failing = new StreamWriter(new FailingStream(), new UTF8Encoding(false)) { AutoFlush = true };
        using var error = new StringWriter();
        var environment = new HostEnvironment(TestPaths.HostOutput, null, null, _ => null, OutputIsTerminal: false, TerminalWidth: 0);

        var code = await Host.Cli.WutkCommandLine.RunAsync(["list"], environment, StandardStreamWriter.ForOutput(failing), error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(ExitCodes.CannotCreate), error.ToString());
        Assert.That(error.ToString(), Does.StartWith("error: cannot write to standard output: No space left on device"));
    }

    /// <summary>A stream on a disk that is full.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new IOException("No space left on device");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("No space left on device");
    }
}
