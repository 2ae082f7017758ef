using System.Text;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary><c>wutk run --snapshot bad.json</c>: a snapshot that cannot be used is a data error (65), said in
/// exactly one line on standard error, with nothing on standard output for a script to mistake for a result.</summary>
public class BadSnapshotCliTests
{
    private static IEnumerable<TestCaseData> BadSnapshots()
    {
        var valid = SnapshotExamples.Utf8(SnapshotExamples.Full());
        yield return new TestCaseData(Array.Empty<byte>()).SetArgDisplayNames("empty");
        yield return new TestCaseData(valid[..(valid.Length / 2)]).SetArgDisplayNames("truncated");
        yield return new TestCaseData("[]"u8.ToArray()).SetArgDisplayNames("an array");
        yield return new TestCaseData("{\"format\": \"something-else\", \"version\": 1}"u8.ToArray()).SetArgDisplayNames("another format");
        yield return new TestCaseData("{\"format\": \"wutk-snapshot\", \"version\": 2}"u8.ToArray()).SetArgDisplayNames("a newer version");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid).Replace("\"Disabled\"", "\"Off\"", StringComparison.Ordinal)))
            .SetArgDisplayNames("a wrong enum value");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid).Replace("\"services\": [", "\"services\": [ null,", StringComparison.Ordinal)))
            .SetArgDisplayNames("a null service");
        yield return new TestCaseData(InvalidUtf8("{\"format\": \"wutk-snapsho?\", \"version\": 1}")).SetArgDisplayNames("invalid UTF-8 in the format");
        yield return new TestCaseData(new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D }).SetArgDisplayNames("invalid UTF-8 in a name");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(new string('[', 5000))).SetArgDisplayNames("deeply nested");
        yield return new TestCaseData(new byte[] { 0x00, 0x01, 0xFF, 0xFE, 0x80, 0x7F, 0x0A, 0x0D }).SetArgDisplayNames("binary");
    }

    /// <summary>The text with its '?' turned into a byte that is never valid in UTF-8.</summary>
    private static byte[] InvalidUtf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        return bytes;
    }

    [TestCaseSource(nameof(BadSnapshots))]
    public async Task A_bad_snapshot_exits_65_with_one_error_line_and_no_output(byte[] content)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("bad.json");
        await File.WriteAllBytesAsync(file, content);

        var result = await Support.Cli.RunAsync("run", "--snapshot", file, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.DataError), result.Error);
            Assert.That(result.Output, Is.Empty);
            Assert.That(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain("bad.json"));
        }
    }
}
