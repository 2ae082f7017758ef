using WuToolkit.Snapshots;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary><c>--snapshot</c> given what is not a snapshot file: the size limit holds for inputs that have no length
/// (devices, FIFOs), and a folder or an unreadable file is named as what it is.</summary>
public class SnapshotInputTests
{
    [Test]
    public async Task An_endless_device_is_refused_at_the_limit_with_65()
    {
        WutkProcess.AssumeLinux();

        var result = await Support.Cli.RunAsync("run", "--snapshot", "/dev/zero");

        AssertOneLine(result, ExitCodes.DataError, "/dev/zero", "more than the 67108864 bytes");
    }

    [Test]
    [Category("Slow")]
    public async Task A_fifo_that_brings_more_than_the_limit_is_refused_with_65()
    {
        using var temp = new TempFolder();
        var fifo = temp.Combine("pc.json");
        Assume.That(await WutkProcess.MakeSpecialFileAsync("mkfifo", fifo), Is.True, "mkfifo");
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var writer = Task.Run(
            async () =>
            {
                var chunk = new byte[1024 * 1024];
                Array.Fill(chunk, (byte)' ');
                await using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                try
                {
                    for (var i = 0; i < 80 && !stop.IsCancellationRequested; i++)
                    {
                        await pipe.WriteAsync(chunk, stop.Token);
                    }
                }
                catch (IOException)
                {
                    // The reader stopped at the limit and closed its end.
                }
            },
            stop.Token);

        var result = await Support.Cli.RunAsync("run", "--snapshot", fifo);
        await writer;

        AssertOneLine(result, ExitCodes.DataError, fifo, "more than the 67108864 bytes");
    }

    [Test]
    public async Task A_folder_is_named_as_a_folder_with_66()
    {
        using var temp = new TempFolder();

        var result = await Support.Cli.RunAsync("run", "--snapshot", temp.Path);

        AssertOneLine(result, ExitCodes.NoInput, temp.Path, "is a folder");
        Assert.That(result.Error, Does.Not.Contain("not found"));
    }

    [Test]
    public async Task A_file_that_may_not_be_read_says_permission_denied_with_66()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");
        File.Copy(Path.Combine(TestPaths.Samples, "healthy-desktop.json"), file);
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("permissions as Linux has them");
            return;
        }

        File.SetUnixFileMode(file, UnixFileMode.None);

        var result = await WutkProcess.RunHeldToPermissionsAsync("run", "--snapshot", file);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput), result.ToString());
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.StartWith("error: ").And.Contain(file).And.Contain("permission denied"));
    }

    [Test]
    public void The_limit_is_what_the_messages_say()
    {
        Assert.That(SnapshotFile.MaxBytes, Is.EqualTo(67108864));
    }

    private static void AssertOneLine(Support.Cli.Result result, int exitCode, string path, string why)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.Error);
            Assert.That(result.Output, Is.Empty);
            Assert.That(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain(path).And.Contain(why));
        }
    }
}
