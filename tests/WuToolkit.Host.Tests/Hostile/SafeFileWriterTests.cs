using System.Text;
using WuToolkit.Host.IO;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary>The one writer of output files, for real in temporary folders: only a new path or a regular file is
/// written, never through or over anything else, and nothing but the whole output or nothing at all is left.</summary>
public class SafeFileWriterTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("{ \"complete\": true }");

    [Test]
    public async Task A_new_file_is_written_whole_with_no_temporary_file_left()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("sub", "pc.json");

        await SafeFileWriter.WriteAsync(target, WriteContent, CancellationToken.None);

        Assert.That(await File.ReadAllBytesAsync(target), Is.EqualTo(Content));
        Assert.That(Entries(temp.Combine("sub")), Is.EqualTo(new[] { "pc.json" }));
    }

    [Test]
    public async Task An_existing_regular_file_is_replaced_and_keeps_its_permissions()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("pc.json");
        await File.WriteAllTextAsync(target, "old content that is longer than the new one, so a write in place would show");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await SafeFileWriter.WriteAsync(target, WriteContent, CancellationToken.None);

        Assert.That(await File.ReadAllBytesAsync(target), Is.EqualTo(Content));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(target), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json" }));
    }

    [Test]
    public async Task A_symbolic_link_to_a_victim_is_refused_and_neither_changes()
    {
        using var temp = new TempFolder();
        var victim = temp.Combine("victim.txt");
        await File.WriteAllTextAsync(victim, "victim");
        var link = temp.Combine("pc.json");
        File.CreateSymbolicLink(link, victim);

        var refused = await Assert.ThrowsAsync<UnsafeOutputException>(() => SafeFileWriter.WriteAsync(link, WriteContent, CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("symbolic link"));
        Assert.That(await File.ReadAllTextAsync(victim), Is.EqualTo("victim"));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(victim));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json", "victim.txt" }));
    }

    [Test]
    public async Task A_dangling_symbolic_link_is_refused_and_its_target_is_not_created()
    {
        using var temp = new TempFolder();
        var link = temp.Combine("pc.json");
        File.CreateSymbolicLink(link, temp.Combine("would-be-created"));

        await Assert.ThrowsAsync<UnsafeOutputException>(() => SafeFileWriter.WriteAsync(link, WriteContent, CancellationToken.None));

        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json" }));
    }

    [Test]
    public async Task A_planted_link_at_the_old_predictable_temporary_name_is_left_alone()
    {
        using var temp = new TempFolder();
        var victim = temp.Combine("victim.txt");
        await File.WriteAllTextAsync(victim, "victim");
        File.CreateSymbolicLink(temp.Combine("pc.json.tmp"), victim);

        await SafeFileWriter.WriteAsync(temp.Combine("pc.json"), WriteContent, CancellationToken.None);

        Assert.That(await File.ReadAllTextAsync(victim), Is.EqualTo("victim"));
        Assert.That(await File.ReadAllBytesAsync(temp.Combine("pc.json")), Is.EqualTo(Content));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json", "pc.json.tmp", "victim.txt" }));
    }

    [Test]
    public async Task An_existing_folder_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("pc.json");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "inside.txt"), "inside");

        var refused = await Assert.ThrowsAsync<UnsafeOutputException>(() => SafeFileWriter.WriteAsync(folder, WriteContent, CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("folder"));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json" }));
        Assert.That(Entries(folder), Is.EqualTo(new[] { "inside.txt" }));
    }

    [Test]
    public async Task A_fifo_is_refused_at_once_without_waiting_for_a_reader()
    {
        using var temp = new TempFolder();
        var fifo = temp.Combine("pc.json");
        Assume.That(await WutkProcess.MakeSpecialFileAsync("mkfifo", fifo), Is.True, "mkfifo");

        var refused = await Assert.ThrowsAsync<UnsafeOutputException>(() => SafeFileWriter.WriteAsync(fifo, WriteContent, CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("named pipe"));
        Assert.That(await WutkProcess.KindOfAsync(fifo), Is.EqualTo("fifo"));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json" }));
    }

    [Test]
    public async Task A_device_is_refused_and_stays_a_device()
    {
        using var temp = new TempFolder();
        var device = temp.Combine("pc.json");
        if (!await WutkProcess.MakeSpecialFileAsync("mknod", device, "c", "1", "7"))
        {
            // Without the right to make a device node, /dev/full itself, which must stay what it is.
            device = "/dev/full";
        }

        var refused = await Assert.ThrowsAsync<UnsafeOutputException>(() => SafeFileWriter.WriteAsync(device, WriteContent, CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("device"));
        Assert.That(await WutkProcess.KindOfAsync(device), Is.EqualTo("device"));
        Assert.That(Entries(temp.Path), Is.EqualTo(device.StartsWith(temp.Path, StringComparison.Ordinal) ? new[] { "pc.json" } : Array.Empty<string>()));
    }

    [Test]
    public async Task Cancellation_in_the_middle_leaves_the_old_file_and_no_temporary_one()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("pc.json");
        await File.WriteAllTextAsync(target, "old");
        using var cancel = new CancellationTokenSource();

        await Assert.CatchAsync<OperationCanceledException>(() => SafeFileWriter.WriteAsync(
            target,
            async (stream, token) =>
            {
                await stream.WriteAsync(Content, token);
                await stream.FlushAsync(token);
                await cancel.CancelAsync();
                await stream.WriteAsync(Content, token);
                token.ThrowIfCancellationRequested();
            },
            cancel.Token));

        Assert.That(await File.ReadAllTextAsync(target), Is.EqualTo("old"));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json" }));
    }

    [Test]
    public async Task A_full_disk_in_the_middle_leaves_nothing_when_there_was_nothing()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("pc.json");

        var failed = await Assert.ThrowsAsync<IOException>(() => SafeFileWriter.WriteAsync(
            target,
            async (stream, token) =>
            {
                await stream.WriteAsync(Content, token);
                await stream.FlushAsync(token);
                await FullDiskAsync(token);
            },
            CancellationToken.None));

        Assert.That(failed!.Message, Does.Contain("No space left on device"));
        Assert.That(Entries(temp.Path), Is.Empty);
    }

    [Test]
    public async Task Nothing_is_written_when_the_folder_cannot_be_made()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.Combine("file"), "x");

        await Assert.CatchAsync<IOException>(() => SafeFileWriter.WriteAsync(temp.Combine("file", "pc.json"), WriteContent, CancellationToken.None));

        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "file" }));
    }

    private static async Task WriteContent(Stream stream, CancellationToken cancellationToken) =>
        await stream.WriteAsync(Content, cancellationToken);

    /// <summary>What a write to a full disk does: the real error of <c>/dev/full</c> where there is one.</summary>
    private static async Task FullDiskAsync(CancellationToken cancellationToken)
    {
        if (File.Exists("/dev/full"))
        {
            await using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            await full.WriteAsync(Content, cancellationToken);
        }

        throw new IOException("No space left on device");
    }

    private static string[] Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
