using System.Text;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>Bytes that are not a JSON object at all (empty, cut short, an array, nested past any sense) are
/// refused with one line that names the file and, where there is one, the place.</summary>
public class MalformedSnapshotTests
{
    private static IEnumerable<TestCaseData> NotJson()
    {
        yield return new TestCaseData(Array.Empty<byte>()).SetArgDisplayNames("an empty file");
        yield return new TestCaseData("  \r\n\t "u8.ToArray()).SetArgDisplayNames("only white space");
        yield return new TestCaseData("\uFEFF"u8.ToArray()).SetArgDisplayNames("only a byte order mark");
        yield return new TestCaseData("{\"format\": \"wutk-snapshot\", \"version\": 1,}"u8.ToArray()).SetArgDisplayNames("a trailing comma");
        yield return new TestCaseData("{\"format\": \"wutk-snapshot\" // a comment\n}"u8.ToArray()).SetArgDisplayNames("a comment");
        yield return new TestCaseData("{\"format\": \"wutk-snapshot\"} {}"u8.ToArray()).SetArgDisplayNames("two documents");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(new string('[', 100_000))).SetArgDisplayNames("100 000 open brackets");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)))
            .SetArgDisplayNames("objects nested 10 000 deep");
    }

    private static IEnumerable<TestCaseData> NotAnObject()
    {
        yield return new TestCaseData("[]"u8.ToArray()).SetArgDisplayNames("an empty array");
        yield return new TestCaseData("[{\"format\": \"wutk-snapshot\", \"version\": 1}]"u8.ToArray()).SetArgDisplayNames("a snapshot inside an array");
        yield return new TestCaseData("\"wutk-snapshot\""u8.ToArray()).SetArgDisplayNames("a string");
        yield return new TestCaseData("null"u8.ToArray()).SetArgDisplayNames("null");
        yield return new TestCaseData("42"u8.ToArray()).SetArgDisplayNames("a number");
    }

    [TestCaseSource(nameof(NotJson))]
    public void Bytes_that_are_not_JSON_are_refused_in_one_line_with_the_place(byte[] bytes)
    {
        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(bytes, "pc.json"));

        Assert.That(refused.Message, Does.Contain("'pc.json'").And.Contain("line ").And.Not.Contain("\n"));
        Assert.That(refused.FileMissing, Is.False);
    }

    [TestCaseSource(nameof(NotAnObject))]
    public void JSON_that_is_not_an_object_is_refused_as_such(byte[] bytes)
    {
        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(bytes, "pc.json"));

        Assert.That(refused.Message, Is.EqualTo("snapshot 'pc.json' is not a JSON object"));
    }

    [Test]
    public void A_snapshot_cut_off_anywhere_is_refused_in_one_line()
    {
        var whole = SnapshotExamples.Utf8(SnapshotExamples.Full());

        using (Assert.EnterMultipleScope())
        {
            foreach (var length in new[] { 1, whole.Length / 4, whole.Length / 2, whole.Length * 3 / 4, whole.Length - 1 })
            {
                var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotText.Parse(whole.AsSpan(0, length), "pc.json"), $"cut at {length}");
                Assert.That(refused?.Message, Does.Contain("'pc.json'").And.Not.Contain("\n"), $"cut at {length}");
            }
        }
    }
}
