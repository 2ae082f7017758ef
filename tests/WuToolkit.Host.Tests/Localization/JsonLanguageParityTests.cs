using System.Text.Json;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// JSON is for scripts: under <c>--lang ja</c> it has the same keys in the same order, the same ids, statuses, numbers,
/// flags and dates as under <c>--lang en</c>; only the texts written for people (titles, summaries, descriptions,
/// messages, evidence) may differ. Durations, the run's start time and its run id differ between any two runs and are compared
/// by type only.
/// </summary>
public class JsonLanguageParityTests
{
    /// <summary>Properties whose strings are written for people.</summary>
    private static readonly HashSet<string> HumanText = ["title", "summary", "description", "message", "remedy", "meaning", "accepts", "key", "value", "error", "recommendation"];

    /// <summary>Properties that differ from one run to the next whatever the language.</summary>
    private static readonly HashSet<string> PerRun = ["durationMs", "startedUtc", "runId"];

    private static IEnumerable<TestCaseData> Commands()
    {
        var samples = Directory.GetFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var sample in samples)
        {
            yield return new TestCaseData((object)new[] { "run", "--snapshot", sample }).SetArgDisplayNames("run " + Path.GetFileName(sample));
        }

        yield return new TestCaseData((object)new[] { "list" }).SetArgDisplayNames("list");
        yield return new TestCaseData((object)new[] { "list", "--settings" }).SetArgDisplayNames("list --settings");
        yield return new TestCaseData((object)new[] { "plugins" }).SetArgDisplayNames("plugins");
    }

    [TestCaseSource(nameof(Commands))]
    public async Task Json_in_Japanese_differs_from_English_only_in_texts_for_people(string[] command)
    {
        var english = await Support.Cli.RunAsync([.. command, "--format", "json", "--lang", "en"]);
        var japanese = await Support.Cli.RunAsync([.. command, "--format", "json", "--lang", "ja"]);

        Assert.That(japanese.ExitCode, Is.EqualTo(english.ExitCode), japanese.Error);
        using var en = JsonDocument.Parse(english.Output);
        using var ja = JsonDocument.Parse(japanese.Output);
        var differences = new List<string>();
        var translated = new List<string>();
        Compare(en.RootElement, ja.RootElement, "$", null, differences, translated);

        Assert.That(differences, Is.Empty, "JSON under --lang ja keeps everything but the texts for people");
        if (command[0] == "run")
        {
            Assert.That(translated, Is.Not.Empty, "some text for people is in Japanese (the host's own plugin check at least)");
        }
    }

    private static void Compare(JsonElement en, JsonElement ja, string path, string? property, List<string> differences, List<string> translated)
    {
        if (en.ValueKind != ja.ValueKind)
        {
            differences.Add($"{path}: {en.ValueKind} became {ja.ValueKind}");
            return;
        }

        switch (en.ValueKind)
        {
            case JsonValueKind.Object:
                var enNames = en.EnumerateObject().Select(p => p.Name).ToList();
                var jaNames = ja.EnumerateObject().Select(p => p.Name).ToList();
                if (!enNames.SequenceEqual(jaNames))
                {
                    differences.Add($"{path}: keys [{string.Join(",", enNames)}] became [{string.Join(",", jaNames)}]");
                    return;
                }

                foreach (var name in enNames)
                {
                    Compare(en.GetProperty(name), ja.GetProperty(name), $"{path}.{name}", name, differences, translated);
                }

                break;
            case JsonValueKind.Array:
                var enItems = en.EnumerateArray().ToList();
                var jaItems = ja.EnumerateArray().ToList();
                if (enItems.Count != jaItems.Count)
                {
                    differences.Add($"{path}: {enItems.Count} items became {jaItems.Count}");
                    return;
                }

                for (var i = 0; i < enItems.Count; i++)
                {
                    Compare(enItems[i], jaItems[i], $"{path}[{i}]", property, differences, translated);
                }

                break;
            default:
                if (property is not null && PerRun.Contains(property))
                {
                    break;
                }

                if (en.GetRawText() != ja.GetRawText())
                {
                    if (en.ValueKind == JsonValueKind.String && property is not null && HumanText.Contains(property))
                    {
                        translated.Add(path);
                    }
                    else
                    {
                        differences.Add($"{path}: {en.GetRawText()} became {ja.GetRawText()}");
                    }
                }

                break;
        }
    }
}
