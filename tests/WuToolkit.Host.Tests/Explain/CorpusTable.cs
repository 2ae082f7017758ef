using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>The code tables of the shared corpus (errors/*.tsv: code, name, meaning, source), read at test time.
/// A missing file fails the test: CI always has the corpus, so a silent pass would hide a broken checkout.</summary>
internal static class CorpusTable
{
    public sealed record Row(int Line, string Code, string Name);

    public static IReadOnlyList<Row> Read(string file)
    {
        var path = Path.Combine(TestPaths.Corpus, "errors", file);
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: the corpus must sit beside the repository (../shared/corpus)");
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
