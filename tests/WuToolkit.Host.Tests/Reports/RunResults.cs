using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>Real run results: <c>wutk run --format json</c> over the bundled sample PCs, each made once per test run.</summary>
internal static class RunResults
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Made = new(StringComparer.Ordinal);

    public static IEnumerable<string> SampleNames() =>
        Directory.EnumerateFiles(TestPaths.Samples, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal);

    /// <summary>The run-v1 JSON of the sample named.</summary>
    public static Task<string> OfSampleAsync(string name) =>
        Made.GetOrAdd(name, n => new Lazy<Task<string>>(async () =>
        {
            var result = await Support.Cli.RunAsync("run", "--format", "json", "--snapshot", Path.Combine(TestPaths.Samples, n + ".json"));
            Assert.That(result.ExitCode, Is.AnyOf(0, 1, 3), result.Error);
            return result.Output;
        })).Value;

    /// <summary>A copy of <paramref name="json"/> that names <paramref name="host"/> as the PC it ran on.</summary>
    public static string WithHost(string json, string host)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["machine"]!["host"] = host;
        root["machine"]!["hostRedacted"] = false;
        return root.ToJsonString();
    }

    /// <summary>What the result's own rows say its verdict is: fail, incomplete, warn or healthy.</summary>
    public static string VerdictOf(string json)
    {
        var statuses = JsonNode.Parse(json)!["results"]!.AsArray().Select(row => (string)row!["status"]!).ToList();
        return statuses.Contains("fail") ? "fail" : statuses.Contains("error") ? "incomplete" : statuses.Contains("warn") ? "warn" : "healthy";
    }

    /// <summary>The ids of the rows that failed.</summary>
    public static IReadOnlyList<string> FailingOf(string json) =>
        JsonNode.Parse(json)!["results"]!.AsArray().Where(row => (string)row!["status"]! == "fail").Select(row => (string)row!["id"]!).ToList();
}
