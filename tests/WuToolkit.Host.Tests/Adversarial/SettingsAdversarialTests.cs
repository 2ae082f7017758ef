using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Adversarial.Generators;
using WuToolkit.Host.Tests.Adversarial.Support;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial;

/// <summary>
/// Generated <c>--set</c> words (<see cref="HostileSettings"/>) on <c>wutk run --snapshot</c>: any bad pair makes a
/// usage error (2) with one line per bad pair and nothing on standard output, before a check runs; otherwise the run
/// goes as usual. Keys ignore case and the last value of a key is the one used (README, "Options").
/// </summary>
[NonParallelizable]
public class SettingsAdversarialTests
{
    private static readonly string Healthy = Path.Combine(TestPaths.Samples, "healthy-desktop.json");

    [Test]
    public Task Generated_settings_are_taken_or_refused_one_line_per_bad_pair() =>
        Property.ForAllAsync("settings.cli", HostileSettings.Any, RunOneAsync, cases: 40, words => string.Join(' ', words.Select(word => word.ToString())));

    [Test]
    [Category("Slow")]
    public Task Many_more_generated_settings_are_taken_or_refused_one_line_per_bad_pair() =>
        Property.ForAllAsync("settings.cli.slow", HostileSettings.Any, RunOneAsync, cases: 250, words => string.Join(' ', words.Select(word => word.ToString())));

    private static IEnumerable<TestCaseData> Corpus() => AdversarialPaths.CorpusCases("settings");

    /// <summary>Each corpus file is a JSON array of <c>{"text": …, "intent": "Good|Bad|Malformed"}</c>.</summary>
    [TestCaseSource(nameof(Corpus))]
    public async Task A_regression_set_of_settings_is_taken_or_refused_as_documented(string file)
    {
        var words = JsonSerializer.Deserialize<SetWord[]>(await File.ReadAllTextAsync(file), CorpusJson) ?? throw new InvalidOperationException(file);
        await RunOneAsync(words);
    }

    private static readonly JsonSerializerOptions CorpusJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static async Task RunOneAsync(SetWord[] words)
    {
        using var temp = new TempFolder();
        var result = await HostileRun.RunAsync(["run", "--snapshot", Healthy, "--format", "json", .. words.SelectMany(word => new[] { "--set", word.Text })], [temp.Path]);

        var lines = StandardError.AssertProblemLines(result.Error);
        var malformed = words.Count(word => word.Intent == SetIntent.Malformed);
        // The last value of a key counts (keys as wutk reads them: trimmed, case aside).
        var bad = words.Where(word => word.Intent != SetIntent.Malformed)
            .GroupBy(word => word.Text[..word.Text.IndexOf('=', StringComparison.Ordinal)].Trim(), StringComparer.OrdinalIgnoreCase)
            .Count(key => key.Last().Intent == SetIntent.Bad);
        if (malformed > 0 || bad > 0)
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
            Assert.That(result.Output, Is.Empty, "no check ran");
            // Words that are no pair at all are said first, each in its line; the pairs are checked when all are pairs.
            Assert.That(lines, Has.Count.EqualTo(malformed > 0 ? malformed : bad), "one line per bad pair");
            Assert.That(lines, Has.All.StartWith("error: "));
        }
        else
        {
            Assert.That(result.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.IssueFound, ExitCodes.Incomplete), result.Error);
            Assert.That(lines, Is.Empty);
            using var document = JsonDocument.Parse(result.Output);
            Assert.That(document.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(result.ExitCode));
        }
    }
}
