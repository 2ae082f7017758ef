using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Reports;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>The bundled sample PCs with what each must show (samples/snapshots/expected), and runs made by hand with
/// hostile text in them, for the report formats' tests.</summary>
public static class ReportSamples
{
    public sealed record Expected(string Snapshot, int ExitCode, IReadOnlyDictionary<string, string> Findings)
    {
        public string Path => System.IO.Path.Combine(TestPaths.Samples, Snapshot);

        public IEnumerable<string> WithStatus(params string[] statuses) =>
            Findings.Where(pair => statuses.Contains(pair.Value)).Select(pair => pair.Key);

        public override string ToString() => Snapshot;
    }

    public static IEnumerable<Expected> All()
    {
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(TestPaths.Samples, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            yield return new Expected(
                root.GetProperty("snapshot").GetString()!,
                root.GetProperty("exitCode").GetInt32(),
                root.GetProperty("findings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));
        }
    }

    public const string Script = "<script>alert('x')</script>";

    /// <summary>Right-to-left override: would show "exe.txt" for "txt.exe" if it reached the page as a character.</summary>
    public const string Bidi = "\u202Etxt.exe";

    /// <summary>A run whose evidence, summaries and titles carry markup, a bidirectional override and quotes.</summary>
    public static RunReport Hostile() => new(
        "/tmp/evil\"<b>.json",
        "snapshot",
        Scenario.Both,
        new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero),
        TimeSpan.FromSeconds(1.5),
        [
            Outcome("services.update-services", CheckStatus.Pass, "all fine"),
            Outcome("disk.free-space", CheckStatus.Warn, "low <i>space</i>", [new Evidence("free", "9 GB")]),
            Outcome("fixture.hostile", CheckStatus.Fail, "bad " + Script, [new Evidence("name", Script), new Evidence("file", Bidi), new Evidence("quote", "\"a\" & 'b' [x](http://evil.example/)")], "fixture.repair"),
            Outcome("fixture.crashed", CheckStatus.Error, "the check crashed: " + Script),
        ],
        FailOnWarn: false);

    /// <summary>A machine of a fleet report on which the update services check failed with 0x80070643.</summary>
    public static MachineRow FailedMachine(string identity, DateTimeOffset started) =>
        new(identity, Verdict.Fail, ["services.update-services"], [], ["0x80070643"], "1.0.0", started, "result.json");

    /// <summary>Writes the fleet page of one machine, as <c>wutk report --format html</c> does.</summary>
    public static async Task WriteFleetPageAsync(TextWriter output, MachineRow row, DateTimeOffset generated)
    {
        var writer = new FleetHtmlWriter(output, generated, top: 5);
        var tally = new FleetTally();
        tally.Add(row);
        await writer.RowAsync(row, CancellationToken.None);
        await writer.EndAsync(tally, CancellationToken.None);
    }

    public static CheckOutcome Outcome(string id, CheckStatus status, string summary, IReadOnlyList<Evidence>? evidence = null, params string[] fixes) =>
        new(id, "Fixture", "Title of " + id, status, summary, evidence ?? [], fixes, TimeSpan.FromMilliseconds(3));
}
