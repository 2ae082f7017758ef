using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Output;
using WuToolkit.Host.Reports;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk run --format jsonl</c>: a line per row, each valid against finding-v1 and standing alone.</summary>
public class JsonlOutputTests
{
    private static IEnumerable<string> Samples() => RunResults.SampleNames();

    [TestCaseSource(nameof(Samples))]
    public async Task Every_line_for_every_sample_validates_and_carries_the_run(string sample)
    {
        var path = Path.Combine(TestPaths.Samples, sample + ".json");

        var result = await Support.Cli.RunAsync("run", "--format", "jsonl", "--snapshot", path);
        var json = await RunResults.OfSampleAsync(sample);

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.That(lines, Has.Length.EqualTo(rows.Count), "one line a row, passing ones included");
        var runIds = new HashSet<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.That(SchemaFiles.Errors(SchemaFiles.Finding, lines[i]), Is.Empty, $"line {i + 1}: {lines[i]}");
            using var line = JsonDocument.Parse(lines[i]);
            var root = line.RootElement;
            runIds.Add(root.GetProperty("runId").GetString()!);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(root.GetProperty("check").GetString(), Is.EqualTo(rows[i].GetProperty("id").GetString()));
                Assert.That(root.GetProperty("status").GetString(), Is.EqualTo(rows[i].GetProperty("status").GetString()));
                Assert.That(root.GetProperty("source").GetString(), Is.EqualTo(sample + ".json"), "the file name, never the folder");
                Assert.That(root.GetProperty("runExitCode").GetInt32(), Is.EqualTo(result.ExitCode));
            }
        }

        Assert.That(runIds, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_failing_update_line_carries_its_error_code()
    {
        var result = await Support.Cli.RunAsync("run", "--format", "jsonl", "--snapshot", Path.Combine(TestPaths.Samples, "update-stuck-failing.json"));

        var failing = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Single(line => line.GetProperty("check").GetString() == "catalog.failed-updates");
        Assert.That(failing.GetProperty("errorCodes").EnumerateArray().Select(code => code.GetString()), Does.Contain("0x80070643"));
    }

    [Test]
    public async Task Under_redact_the_host_is_a_salted_hash_and_never_the_name()
    {
        var report = new RunReport("live", "live", Scenario.Both, DateTimeOffset.UnixEpoch, TimeSpan.Zero,
            [new CheckOutcome("disk.free-space", "Disk", "Free space", CheckStatus.Pass, "fine", [], [], TimeSpan.Zero)], false);
        var environment = new HostEnvironment(TestPaths.HostOutput, null, null, name => name == HostIdentity.SaltVariable ? "fleet-salt" : null, false, 0)
        {
            MachineName = "FINANCE-LAPTOP-07",
        };

        var clear = RunIdentity.Stamp(report, environment.MachineName, redact: false, environment);
        var hidden = RunIdentity.Stamp(report, environment.MachineName, redact: true, environment);
        var otherSalt = HostIdentity.Hash("FINANCE-LAPTOP-07", "another-salt");
        using var output = new StringWriter();
        await new JsonlOutputFormatter(output, "1.2.0").WriteRunAsync(hidden, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(clear.Host, Is.EqualTo("FINANCE-LAPTOP-07"));
            Assert.That(hidden.Host, Does.Match("^host-[0-9a-f]{16}$"));
            Assert.That(hidden.Host, Is.EqualTo(HostIdentity.Hash("finance-laptop-07", "fleet-salt")), "the same name gives the same hash, whatever its case");
            Assert.That(hidden.Host, Is.Not.EqualTo(otherSalt), "the salt changes the hash");
            Assert.That(output.ToString(), Does.Not.Contain("FINANCE").IgnoreCase);
            Assert.That(SchemaFiles.Errors(SchemaFiles.Finding, output.ToString().Trim()), Is.Empty);
            Assert.That(JsonDocument.Parse(output.ToString()).RootElement.GetProperty("hostRedacted").GetBoolean(), Is.True);
        }
    }
}
