using System.Text.Json;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// <c>wutk run --lang ja --snapshot</c> over every bundled sample PC speaks Japanese throughout: the column headers and
/// the summary line of the table are the host's Japanese texts, and every row's title and message (from the bundled
/// plugins' resources) are in Japanese. Ids and the status tokens stay as they are in English.
/// </summary>
public class JapaneseSnapshotRunTests
{
    private static IEnumerable<string> Samples() =>
        Directory.GetFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal).Select(Path.GetFileName).OfType<string>();

    [TestCaseSource(nameof(Samples))]
    public async Task The_table_has_Japanese_headers_and_summary(string sample)
    {
        var path = Path.Combine(TestPaths.Samples, sample);
        var table = await Support.Cli.RunAsync("run", "--lang", "ja", "--snapshot", path);
        var json = await Support.Cli.RunAsync("run", "--lang", "ja", "--snapshot", path, "--format", "json");

        Assert.That(table.ExitCode, Is.EqualTo(json.ExitCode), table.Error);
        using var document = JsonDocument.Parse(json.Output);
        var summary = document.RootElement.GetProperty("summary");
        var counts = new[] { "total", "pass", "warn", "fail", "skipped", "error" }.Select(name => (object)summary.GetProperty(name).GetInt32()).ToArray();
        var verdict = json.ExitCode switch
        {
            1 => "VerdictIssues",
            3 => "VerdictIncomplete",
            _ => "VerdictOk",
        };

        var lines = table.Output.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        Assert.That(lines[^1], Is.EqualTo(string.Format(Japanese.Culture, System.Text.CompositeFormat.Parse(Japanese.Host("RunSummary")), counts) + " " + Japanese.Host(verdict)));
        var header = lines.First(line => line.StartsWith('|'));
        Assert.That(header, Does.Contain(Japanese.Host("ColumnStatus")).And.Contain(Japanese.Host("ColumnCheck")).And.Contain(Japanese.Host("ColumnFinding")));
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Every_row_has_a_Japanese_title_and_message(string sample)
    {
        var json = await Support.Cli.RunAsync("run", "--lang", "ja", "--snapshot", Path.Combine(TestPaths.Samples, sample), "--format", "json");

        using var document = JsonDocument.Parse(json.Output);
        var english = new List<string>();
        foreach (var row in document.RootElement.GetProperty("results").EnumerateArray())
        {
            var id = row.GetProperty("id").GetString();
            foreach (var field in new[] { "title", "summary" })
            {
                var text = row.GetProperty(field).GetString();
                if (!Japanese.Has(text))
                {
                    english.Add($"{id} {field}: {text}");
                }
            }
        }

        Assert.That(english, Is.Empty, "every title and message in Japanese");
    }
}
