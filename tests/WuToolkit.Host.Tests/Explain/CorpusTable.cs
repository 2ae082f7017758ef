using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>The code tables of the shared corpus (errors/*.tsv: code, name, meaning, source), read at test time.
/// Without the corpus the test is not run (see <see cref="SharedCorpus"/>); a table missing from a corpus that is there
/// fails it, since a silent pass would hide a broken checkout.</summary>
internal static class CorpusTable
{
    public sealed record Row(int Line, string Code, string Name);

    public static IReadOnlyList<Row> Read(string file)
    {
        var path = SharedCorpus.Require(Path.Combine("errors", file));
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing from the shared corpus");
        }

        var rows = File.ReadAllLines(path)
            .Select((line, index) => (Fields: line.Split('\t'), Line: index + 1))
            .Skip(1)
            .Where(row => row.Fields.Length >= 2 && row.Fields[0].Length > 0)
            .Select(row => new Row(row.Line, row.Fields[0].Trim(), row.Fields[1].Trim()))
            .ToList();
        Assert.That(rows, Is.Not.Empty, path);
        return rows;
    }
}
