using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>Windows editors (Notepad, PowerShell's Out-File) start UTF-8 files with a byte order mark; a snapshot
/// saved that way reads like any other.</summary>
public class SnapshotBomTests
{
    private static byte[] WithBom(Snapshot snapshot) => [0xEF, 0xBB, 0xBF, .. SnapshotExamples.Utf8(snapshot)];

    [Test]
    public void A_snapshot_that_starts_with_a_byte_order_mark_is_read()
    {
        var read = SnapshotText.Parse(WithBom(SnapshotExamples.Full()), "pc.json");

        Assert.That(SnapshotExamples.Utf8(read), Is.EqualTo(SnapshotExamples.Utf8(SnapshotExamples.Full())));
    }

    [Test]
    public async Task Running_on_a_snapshot_with_a_byte_order_mark_works()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("notepad.json");
        await File.WriteAllBytesAsync(file, WithBom(SnapshotExamples.HeaderOnly()));

        var result = await Support.Cli.RunAsync("run", "--snapshot", file);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
    }

    [Test]
    public void Only_one_byte_order_mark_is_allowed()
    {
        Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse([0xEF, 0xBB, 0xBF, .. WithBom(SnapshotExamples.HeaderOnly())], "pc.json"));
    }
}
