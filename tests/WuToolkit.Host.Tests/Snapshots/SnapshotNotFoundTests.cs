using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>A snapshot that is not there is "no input" (66), said in one line that names the file.</summary>
public class SnapshotNotFoundTests
{
    [Test]
    public async Task Running_on_a_missing_snapshot_exits_66_with_one_line_naming_the_file()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("no-such-pc.json");

        var result = await Support.Cli.RunAsync("run", "--snapshot", file);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput));
            Assert.That(result.Output, Is.Empty);
            Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.Error);
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain(file));
        }
    }

    [Test]
    public async Task A_folder_where_the_snapshot_should_be_is_named_as_a_folder()
    {
        using var temp = new TempFolder();

        var missing = await Assert.ThrowsAsync<SnapshotFormatException>(() => SnapshotFile.ReadAsync(temp.Path, CancellationToken.None));

        Assert.That(missing.FileMissing, Is.True);
        Assert.That(missing.Message, Does.Contain(temp.Path).And.Contain("is a folder").And.Not.Contain("not found"));
    }
}
