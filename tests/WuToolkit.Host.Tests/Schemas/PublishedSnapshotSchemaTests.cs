using System.Text;
using System.Text.RegularExpressions;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary>Every snapshot the project publishes (the samples, and the hand-written example in
/// docs/snapshot-format.md) validates against the schema and is read by wutk. New sample files are picked up
/// as they appear.</summary>
public partial class PublishedSnapshotSchemaTests
{
    private static IEnumerable<(string Name, string Json)> Published()
    {
        var guide = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "snapshot-format.md"));
        var index = 0;
        foreach (Match block in JsonBlock().Matches(guide))
        {
            yield return ($"docs/snapshot-format.md, JSON example {++index}", block.Groups["json"].Value);
        }

        if (Directory.Exists(TestPaths.Samples))
        {
            foreach (var file in Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
            {
                yield return (Path.GetRelativePath(TestPaths.RepoRoot, file), File.ReadAllText(file));
            }
        }
    }

    [Test]
    public void Every_published_snapshot_validates_against_the_schema_and_is_read_by_wutk()
    {
        var published = Published().ToList();

        // The guide's example is always there, so this never passes by checking nothing.
        Assert.That(published, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (name, json) in published)
            {
                Assert.That(SchemaFiles.Errors(SchemaFiles.Snapshot, json), Is.Empty, name);
                Assert.That(() => SnapshotText.Parse(Encoding.UTF8.GetBytes(json), name), Throws.Nothing, name);
            }
        }
    }

    [GeneratedRegex(@"```json\r?\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
