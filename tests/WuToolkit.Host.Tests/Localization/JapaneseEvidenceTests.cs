using System.Text.Json;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// <c>wutk run --lang ja</c> leaves no English word behind: over every bundled sample PC, no message and no evidence
/// value, in the table or in JSON, holds a word that wutk words in English elsewhere ("absent", "yes", "Running",
/// "unknown", an enum's name, DISM's "exit code"; see <see cref="EnglishWords"/>). Names, paths, ids, numbers, codes
/// and versions stay as the PC has them.
/// </summary>
public class JapaneseEvidenceTests
{
    private static IEnumerable<string> Samples() =>
        Directory.GetFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal).Select(Path.GetFileName).OfType<string>();

    [TestCaseSource(nameof(Samples))]
    public async Task Json_has_no_English_word_in_a_message_or_an_evidence_value(string sample)
    {
        var json = await Support.Cli.RunAsync("run", "--lang", "ja", "--snapshot", Path.Combine(TestPaths.Samples, sample), "--format", "json");

        using var document = JsonDocument.Parse(json.Output);
        var english = new List<string>();
        var values = 0;
        foreach (var row in document.RootElement.GetProperty("results").EnumerateArray())
        {
            var id = row.GetProperty("id").GetString();
            Collect(english, $"{id} summary", row.GetProperty("summary").GetString());
            foreach (var evidence in row.GetProperty("evidence").EnumerateArray())
            {
                values++;
                Collect(english, $"{id} {evidence.GetProperty("key").GetString()}", evidence.GetProperty("value").GetString());
            }
        }

        Assert.That(values, Is.Positive, "the run gave evidence to look at");
        Assert.That(english, Is.Empty, "messages and evidence values under --lang ja");
    }

    [TestCaseSource(nameof(Samples))]
    public async Task The_table_has_no_English_word_in_a_finding(string sample)
    {
        // As on a terminal wide enough that no finding wraps (a phrase is never cut in two), without colour.
        var table = await Support.Cli.RunAsync(
            ["run", "--lang", "ja", "--snapshot", Path.Combine(TestPaths.Samples, sample)],
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            adjust: environment => environment with { OutputIsTerminal = true, TerminalWidth = 1000 });

        var english = new List<string>();
        var check = "";
        var rows = table.Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.StartsWith('│') || line.StartsWith('|')).ToList();
        foreach (var row in rows)
        {
            var cells = row.Split(['│', '|'], StringSplitOptions.TrimEntries);
            // │ status │ check │ finding │: the check's id on its first line; the finding a message, an evidence line or a fix.
            check = cells.Length > 4 && cells[2].Length > 0 ? cells[2] : check;
            var finding = cells[^2];
            var evidence = finding.IndexOf(": ", StringComparison.Ordinal);
            var text = evidence > 0 && !finding[..evidence].Contains(' ', StringComparison.Ordinal) ? finding[(evidence + 2)..] : finding;
            Collect(english, check, text);
        }

        Assert.That(rows, Has.Count.GreaterThan(2), table.Output);
        Assert.That(english, Is.Empty, "findings in the table under --lang ja");
    }

    [Test]
    public void The_list_holds_the_words_a_check_would_leave_in_English()
    {
        Assert.That(EnglishWords.In("wuauserv: Disabled/Stopped"), Is.EqualTo(new[] { "Disabled", "Stopped" }));
        Assert.That(EnglishWords.In("C:\\Windows\\SoftwareDistribution: absent"), Is.EqualTo(new[] { "absent" }));
        Assert.That(EnglishWords.In("DISM で判定が得られませんでした: exit code 87 (0x00000057)"), Is.EqualTo(new[] { "exit code" }));
        Assert.That(EnglishWords.In("Licensed"), Is.EqualTo(new[] { "Licensed" }), "an SDK enum's name");
        Assert.That(new[] { "yes", "no", "unknown", "Running", "Automatic", "Manual" }.Where(word => !EnglishWords.IsDenied(word)), Is.Empty);
    }

    [Test]
    public void Names_ids_paths_codes_and_versions_are_no_English_words()
    {
        string[] allowed =
        [
            "Windows Update (wuauserv): 無効/停止",
            "C:\\Windows\\SoftwareDistribution\\Download",
            "KB5034441 (0x80070643 ERROR_INSTALL_FAILURE)",
            "Windows 10 Pro 22H2 (10.0.19045.3803)",
            "https://go.microsoft.com/fwlink/?linkid=2099876",
            "Intel(R) Ethernet Connection I219-V",
            "Loopback Pseudo-Interface 1 (ループバック): 接続",
            "2026-11 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5068781)",
            "dism /online /cleanup-image /restorehealth",
            "GPT",
        ];

        Assert.That(allowed.Where(text => EnglishWords.In(text).Count > 0), Is.Empty);
    }

    private static void Collect(List<string> english, string? where, string? text)
    {
        if (EnglishWords.In(text) is { Count: > 0 } words)
        {
            english.Add($"{where}: {text} [{string.Join(", ", words)}]");
        }
    }
}
