using System.Text.Json;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Tests.Snapshots;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary><c>wutk run --format json</c> writes what run-v1.schema.json describes.</summary>
public class RunOutputSchemaTests
{
    private static IEnumerable<TestCaseData> Snapshots()
    {
        yield return new TestCaseData(SnapshotExamples.Full()).SetArgDisplayNames("a broken PC");
        yield return new TestCaseData(SnapshotExamples.HeaderOnly()).SetArgDisplayNames("nothing recorded, so everything skipped");
    }

    [TestCaseSource(nameof(Snapshots))]
    public async Task Run_output_for_a_snapshot_validates_against_the_run_schema(Snapshot snapshot)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");
        await SnapshotText.WriteAsync(snapshot, file);

        var result = await Support.Cli.RunAsync("run", "--format", "json", "--snapshot", file);

        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, result.Output), Is.Empty, result.Error);
        using var output = JsonDocument.Parse(result.Output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(output.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(result.ExitCode));
            Assert.That(output.RootElement.GetProperty("machine").GetProperty("source").GetString(), Is.EqualTo(file));
            Assert.That(output.RootElement.GetProperty("results").GetArrayLength(), Is.GreaterThan(1), "the bundled checks and wutk.plugins");
        }
    }

    private static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal).Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Samples))]
    public async Task Run_output_for_every_sample_validates_and_each_finding_carries_its_report_fields(string sample)
    {
        var result = await Support.Cli.RunAsync("run", "--format", "json", "--snapshot", Path.Combine(TestPaths.Samples, sample));

        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, result.Output), Is.Empty, result.Error);
        using var output = JsonDocument.Parse(result.Output);
        foreach (var row in output.RootElement.GetProperty("results").EnumerateArray())
        {
            var status = row.GetProperty("status").GetString();
            var id = row.GetProperty("id").GetString()!;
            if (status is "pass" or "skipped")
            {
                Assert.That(row.TryGetProperty("alertSubtype", out _), Is.False, id + ": only findings carry report fields");
            }
            else if (WuToolkit.Host.Output.Alerts.AlertSubtypes.Of(id) is { } subtype)
            {
                Assert.That(row.GetProperty("alertSubtype").GetString(), Is.EqualTo(subtype), id);
            }

            if (row.GetProperty("fixes").GetArrayLength() > 0 && status is "fail" or "warn")
            {
                Assert.That(row.GetProperty("recommendation").GetString(), Does.Contain("wutk fix " + row.GetProperty("fixes")[0].GetString()), id);
            }
        }
    }

    [Test]
    public async Task A_failed_update_carries_its_error_code_and_the_catalogs_symbolic_name()
    {
        var result = await Support.Cli.RunAsync("run", "catalog.failed-updates", "--format", "json", "--snapshot", Path.Combine(TestPaths.Samples, "update-stuck-failing.json"));

        using var output = JsonDocument.Parse(result.Output);
        var row = output.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "catalog.failed-updates");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.GetProperty("alertSubtype").GetString(), Is.EqualTo("InstallIssue"));
            Assert.That(row.GetProperty("errorCode").GetString(), Is.EqualTo("0x80070643"));
            Assert.That(row.GetProperty("errorSymName").GetString(), Is.EqualTo("ERROR_INSTALL_FAILURE"));
        }
    }

    [Test]
    public async Task Every_check_in_the_alert_table_is_a_bundled_check_and_every_subtype_is_one_the_schema_allows()
    {
        var list = await Support.Cli.RunAsync("list", "--format", "json");
        using var checks = JsonDocument.Parse(list.Output);
        var ids = checks.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToHashSet();
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFiles.PathOf(SchemaFiles.Run)));
        var allowed = schema.RootElement.GetProperty("$defs").GetProperty("result").GetProperty("properties").GetProperty("alertSubtype").GetProperty("enum")
            .EnumerateArray().Select(value => value.GetString()).ToHashSet();

        foreach (var id in WuToolkit.Host.Output.Alerts.AlertSubtypes.Checks)
        {
            Assert.That(ids, Does.Contain(id), "a check id in AlertSubtypes that no plugin has");
            Assert.That(allowed, Does.Contain(WuToolkit.Host.Output.Alerts.AlertSubtypes.Of(id)), id);
        }
    }
}
