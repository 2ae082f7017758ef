using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary><c>wutk collect -o</c> pointed at what it must not replace: it refuses with 73 and one line naming the path
/// and why, leaves the target as it was, and leaves no temporary file beside it.</summary>
public class CollectOutputTests
{
    [Test]
    public async Task A_device_node_is_refused_and_stays_a_device()
    {
        using var temp = new TempFolder();
        var device = temp.Combine("d");
        var made = await WutkProcess.MakeSpecialFileAsync("mknod", device, "c", "1", "7");
        if (!made)
        {
            // Not allowed to make a device node: a link to one is refused all the same, and the device stays.
            File.CreateSymbolicLink(device, "/dev/null");
        }

        var result = await Support.Cli.RunAsync("collect", "-o", device, "disk");

        AssertRefused(result, device, made ? "device" : "symbolic link");
        Assert.That(await WutkProcess.KindOfAsync(device), Is.EqualTo(made ? "device" : "link"));
        Assert.That(await WutkProcess.KindOfAsync("/dev/null"), Is.EqualTo("device"));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "d" }));
    }

    [Test]
    public async Task A_fifo_is_refused_without_waiting_for_a_reader()
    {
        using var temp = new TempFolder();
        var fifo = temp.Combine("pc.json");
        Assume.That(await WutkProcess.MakeSpecialFileAsync("mkfifo", fifo), Is.True, "mkfifo");

        var result = await Support.Cli.RunAsync("collect", "-o", fifo, "disk");

        AssertRefused(result, fifo, "named pipe");
        Assert.That(await WutkProcess.KindOfAsync(fifo), Is.EqualTo("fifo"));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json" }));
    }

    [Test]
    public async Task A_symbolic_link_is_refused_and_its_victim_is_unchanged()
    {
        using var temp = new TempFolder();
        var victim = temp.Combine("victim.txt");
        await File.WriteAllTextAsync(victim, "victim");
        var link = temp.Combine("pc.json");
        File.CreateSymbolicLink(link, victim);

        var result = await Support.Cli.RunAsync("collect", "-o", link, "disk");

        AssertRefused(result, link, "symbolic link");
        Assert.That(await File.ReadAllTextAsync(victim), Is.EqualTo("victim"));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(victim));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json", "victim.txt" }));
    }

    [Test]
    public async Task A_link_planted_at_the_predictable_temporary_name_is_not_followed()
    {
        using var temp = new TempFolder();
        var victim = temp.Combine("victim.txt");
        await File.WriteAllTextAsync(victim, "victim");
        File.CreateSymbolicLink(temp.Combine("pc.json.tmp"), victim);

        var result = await Support.Cli.RunAsync("collect", "-o", temp.Combine("pc.json"), "disk");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(await File.ReadAllTextAsync(victim), Is.EqualTo("victim"));
        Assert.That(await File.ReadAllTextAsync(temp.Combine("pc.json")), Does.Contain("\"format\": \"wutk-snapshot\""));
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json", "pc.json.tmp", "victim.txt" }));
    }

    [Test]
    public async Task An_existing_folder_is_refused_and_nothing_is_left_beside_it()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("pc.json");
        Directory.CreateDirectory(folder);

        var result = await Support.Cli.RunAsync("collect", "-o", folder, "disk");

        AssertRefused(result, folder, "folder");
        Assert.That(Entries(temp.Path), Is.EqualTo(new[] { "pc.json" }));
        Assert.That(Entries(folder), Is.Empty);
    }

    [Test]
    public async Task The_json_report_says_the_exit_code_the_process_ends_with_when_the_snapshot_is_written()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder("ThrowingCheck", temp.Combine("plugins"));

        // The check's Error row alone would make a run exit 3; collect's code says whether the snapshot was written.
        var result = await Support.Cli.RunAsync(
            "collect", "-o", temp.Combine("pc.json"), "throwingcheck.broken", "--plugins", temp.Combine("plugins"), "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(ExitCodeIn(result.Output), Is.EqualTo(ExitCodes.Ok));
        Assert.That(File.Exists(temp.Combine("pc.json")));
    }

    [Test]
    public async Task The_json_report_says_the_exit_code_the_process_ends_with_when_the_snapshot_is_not_written()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("pc.json"));

        var result = await Support.Cli.RunAsync("collect", "-o", temp.Combine("pc.json"), "disk", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.Error);
        Assert.That(ExitCodeIn(result.Output), Is.EqualTo(ExitCodes.CannotCreate));
    }

    private static void AssertRefused(Support.Cli.Result result, string path, string why)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.Error);
            var lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Assert.That(lines, Has.Length.EqualTo(1), result.Error);
            Assert.That(lines[0], Does.StartWith("error: ").And.Contain(path).And.Contain(why));
        }
    }

    private static int ExitCodeIn(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("exitCode").GetInt32();
    }

    private static string[] Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
