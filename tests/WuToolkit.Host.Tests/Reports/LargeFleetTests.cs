using System.Text.Json;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk report</c> over a fleet of two thousand results made from the samples' real outputs: every count exact.</summary>
[Category("Slow")]
public class LargeFleetTests
{
    private const int Machines = 2000;

    [Test]
    public async Task Two_thousand_results_are_counted_exactly()
    {
        var templates = new List<string>();
        foreach (var sample in RunResults.SampleNames())
        {
            templates.Add(await RunResults.OfSampleAsync(sample));
        }

        using var temp = new TempFolder();
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var failing = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Machines; i++)
        {
            // Unevenly: the first templates more often, as a real fleet has more of some troubles than others.
            var template = templates[(i * i + i / 7) % templates.Count];
            var folder = temp.Combine($"site-{i % 5}", $"day-{i % 3}");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, $"pc-{i:D5}.json"), RunResults.WithHost(template, $"pc-{i:D5}"));
            var verdict = RunResults.VerdictOf(template);
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
            foreach (var check in RunResults.FailingOf(template).Distinct())
            {
                failing[check] = failing.GetValueOrDefault(check) + 1;
            }
        }

        await File.WriteAllTextAsync(temp.Combine("site-0", "inventory.json"), "[1, 2, 3]");

        var result = await Support.Cli.RunAsync("report", "--format", "json", temp.Path);

        using var report = JsonDocument.Parse(result.Output);
        var root = report.RootElement;
        var summary = root.GetProperty("summary");
        var hosts = root.GetProperty("machines").EnumerateArray().Select(m => m.GetProperty("machine").GetString()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(verdicts.GetValueOrDefault("fail") > 0 ? 1 : 3), result.Error);
            Assert.That(summary.GetProperty("machines").GetInt32(), Is.EqualTo(Machines));
            foreach (var verdict in new[] { "fail", "incomplete", "warn", "healthy" })
            {
                Assert.That(summary.GetProperty(verdict).GetInt32(), Is.EqualTo(verdicts.GetValueOrDefault(verdict)), verdict);
            }

            Assert.That(summary.GetProperty("unreadable").GetInt32(), Is.EqualTo(1));
            Assert.That(hosts, Is.Unique.And.Count.EqualTo(Machines));
            Assert.That(
                root.GetProperty("failingChecks").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("machines").GetInt32()),
                Is.EquivalentTo(failing));
        }
    }
}
