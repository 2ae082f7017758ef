using System.IO.Compression;
using System.Text.Json;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk report</c> over real run results: the counts, each format, unreadable inputs and exit codes.</summary>
public class FleetReportTests
{
    private static async Task<TempFolder> FleetAsync(params (string Sample, string Host)[] machines)
    {
        var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("site-a", "floor-2"));
        var i = 0;
        foreach (var (sample, host) in machines)
        {
            var folder = i % 2 == 0 ? temp.Combine("site-a") : temp.Combine("site-a", "floor-2");
            await File.WriteAllTextAsync(Path.Combine(folder, $"result-{i++}.json"), RunResults.WithHost(await RunResults.OfSampleAsync(sample), host));
        }

        return temp;
    }

    [Test]
    public async Task Json_report_counts_machines_by_verdict_and_validates_against_its_schema()
    {
        using var temp = await FleetAsync(("services-disabled", "PC-001"), ("healthy-desktop", "PC-002"), ("update-stuck-failing", "PC-003"), ("healthy-wsus-managed", "PC-004"));
        await File.WriteAllTextAsync(temp.Combine("site-a", "notes.json"), """{"hello": "not a run"}""");

        var result = await Support.Cli.RunAsync("report", "--format", "json", temp.Path);

        Assert.That(SchemaFiles.Errors(SchemaFiles.Report, result.Output), Is.Empty, result.Error);
        using var report = JsonDocument.Parse(result.Output);
        var root = report.RootElement;
        var summary = root.GetProperty("summary");
        var machines = root.GetProperty("machines").EnumerateArray().ToDictionary(m => m.GetProperty("machine").GetString()!, m => m.GetProperty("verdict").GetString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), "two PCs fail");
            Assert.That(root.GetProperty("exitCode").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("machines").GetInt32(), Is.EqualTo(4));
            Assert.That(summary.GetProperty("fail").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("healthy").GetInt32() + summary.GetProperty("warn").GetInt32(), Is.EqualTo(2), "the healthy samples show no failure");
            Assert.That(summary.GetProperty("unreadable").GetInt32(), Is.EqualTo(1));
            Assert.That(machines["PC-001"], Is.EqualTo("fail"));
            Assert.That(machines["PC-003"], Is.EqualTo("fail"));
            Assert.That(machines["PC-002"], Is.AnyOf("healthy", "warn"));
            Assert.That(root.GetProperty("failingChecks").EnumerateArray().Select(c => c.GetProperty("id").GetString()), Does.Contain("services.update-services"));
            Assert.That(root.GetProperty("errorCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()), Does.Contain("0x80070643"));
            Assert.That(result.Error, Does.Contain("notes.json").And.Contain("run-v1"), "one warning names the file that is no result");
            Assert.That(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        }
    }

    [Test]
    public async Task A_fleet_of_healthy_machines_exits_0_and_an_unreadable_result_makes_it_3()
    {
        using var temp = await FleetAsync(("healthy-desktop", "PC-A"), ("healthy-home-arm64", "PC-B"));

        var healthy = await Support.Cli.RunAsync("report", temp.Path);
        await File.WriteAllTextAsync(temp.Combine("broken.json"), "{ \"schemaVersion\": 1, \"kind\": \"run\", \"results\": [");
        var withBroken = await Support.Cli.RunAsync("report", temp.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(healthy.ExitCode, Is.Zero, healthy.Output + healthy.Error);
            Assert.That(healthy.Output, Does.Contain("PC-A").And.Contain("PC-B"));
            Assert.That(withBroken.ExitCode, Is.EqualTo(3), withBroken.Error);
            Assert.That(withBroken.Error, Does.Contain("broken.json"));
        }
    }

    [Test]
    public async Task Csv_has_one_row_per_machine_and_defuses_formulas()
    {
        using var temp = await FleetAsync(("services-disabled", "=HYPERLINK(\"x\")"), ("healthy-desktop", "PC,2"));

        var result = await Support.Cli.RunAsync("report", "--format", "csv", temp.Path);

        var lines = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
            Assert.That(lines[0], Is.EqualTo("machine,verdict,failing_checks,warning_checks,error_codes,wutk_version,started_utc,source"));
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines, Has.Some.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",fail,services.update-services,"));
            Assert.That(lines, Has.Some.StartsWith("\"PC,2\","));
        }
    }

    [Test]
    public async Task Html_is_one_self_contained_escaped_page_written_safely()
    {
        using var temp = await FleetAsync(("services-disabled", "<script>alert(1)</script>"), ("healthy-desktop", "PC-2"));
        var page = temp.Combine("out", "fleet.html");

        var result = await Support.Cli.RunAsync("report", "--format", "html", "-o", page, temp.Combine("site-a"));

        var html = await File.ReadAllTextAsync(page);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
            Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
            Assert.That(html, Does.Not.Contain("<script"), "the host name is escaped, and the page has no script");
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("src=").And.Not.Contain("href=").And.Not.Contain("url("), "no external asset");
            Assert.That(html, Does.Contain("services.update-services"));
            Assert.That(Directory.GetFiles(temp.Combine("out")), Has.Length.EqualTo(1), "no temporary file is left beside it");
        }
    }

    [Test]
    public async Task A_bundle_is_read_through_its_results_entry()
    {
        using var temp = new TempFolder();
        var bundle = temp.Combine("case.zip");
        using (var zip = ZipFile.Open(bundle, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("results.json");
            await using var stream = entry.Open();
            await using var writer = new StreamWriter(stream);
            await writer.WriteAsync(await RunResults.OfSampleAsync("services-disabled"));
        }

        var result = await Support.Cli.RunAsync("report", "--format", "csv", bundle);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
            Assert.That(result.Output, Does.Contain("services-disabled.json,fail,services.update-services"));
            Assert.That(result.Output, Does.Contain("case.zip!results.json"));
        }
    }

    [Test]
    public async Task The_table_names_the_worst_machines_first_and_counts_the_rest()
    {
        using var temp = await FleetAsync(("healthy-desktop", "PC-H1"), ("services-disabled", "PC-F1"), ("healthy-wsus-managed", "PC-H2"));

        var result = await Support.Cli.RunAsync("report", "--top", "1", temp.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Output, Does.Contain("PC-F1").And.Not.Contain("PC-H1").And.Not.Contain("PC-H2"));
            Assert.That(result.Output, Does.Contain("2 more machines"));
            Assert.That(result.Output, Does.Contain("3 machines:"));
        }
    }

    [Test]
    public async Task A_count_of_one_is_singular_in_english()
    {
        using var one = await FleetAsync(("healthy-desktop", "PC-H1"));
        await File.WriteAllTextAsync(one.Combine("site-a", "notes.json"), """{"hello": "not a run"}""");
        using var two = await FleetAsync(("services-disabled", "PC-F1"), ("healthy-desktop", "PC-H1"));

        var single = await Support.Cli.RunAsync("report", one.Path);
        var written = await Support.Cli.RunAsync("report", "--format", "csv", "-o", one.Combine("fleet.csv"), one.Path);
        var oneMore = await Support.Cli.RunAsync("report", "--top", "1", two.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(single.Output, Does.Contain("1 machine: ").And.Contain("; 1 result unreadable.").And.Not.Contain("1 machines"), single.Error);
            Assert.That(written.Error, Does.Contain("(1 machine)."));
            Assert.That(oneMore.Output, Does.Contain("… 1 more machine (see").And.Contain("2 machines:"));
        }
    }

    [Test]
    public async Task Other_counts_are_plural_in_english_and_japanese_says_each_count_one_way()
    {
        using var three = await FleetAsync(("healthy-desktop", "PC-H1"), ("services-disabled", "PC-F1"), ("healthy-wsus-managed", "PC-H2"));
        await File.WriteAllTextAsync(three.Combine("site-a", "notes.json"), """{"hello": "not a run"}""");
        await File.WriteAllTextAsync(three.Combine("site-a", "more-notes.json"), """{"hello": "not a run either"}""");
        using var one = await FleetAsync(("healthy-desktop", "PC-H1"));

        var plural = await Support.Cli.RunAsync("report", "--top", "1", three.Path);
        var written = await Support.Cli.RunAsync("report", "--format", "csv", "-o", three.Combine("fleet.csv"), three.Path);
        var japanese = await Support.Cli.RunAsync("report", "--lang", "ja", "--top", "1", three.Path);
        var japaneseOne = await Support.Cli.RunAsync("report", "--lang", "ja", one.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plural.Output, Does.Contain("3 machines: ").And.Contain("; 2 results unreadable.").And.Contain("… 2 more machines (see"));
            Assert.That(written.Error, Does.Contain("(3 machines)."));
            Assert.That(japanese.Output, Does.Contain("マシン 3 台: 正常").And.Contain("。読み取れない結果 2 件。").And.Contain("ほかに 2 台のマシンがあります"));
            Assert.That(japaneseOne.Output, Does.Contain("マシン 1 台: 正常").And.Contain("読み取れない結果 0 件。"));
        }
    }

    [Test]
    public async Task A_missing_path_is_66_and_a_format_of_another_command_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var missing = await Support.Cli.RunAsync("report", temp.Combine("nowhere"));
        var empty = await Support.Cli.RunAsync("report", temp.Path);
        var csvRun = await Support.Cli.RunAsync("run", "--format", "csv", "--snapshot", Path.Combine(TestPaths.Samples, "healthy-desktop.json"));
        var jsonlReport = await Support.Cli.RunAsync("report", "--format", "jsonl", temp.Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing.ExitCode, Is.EqualTo(66));
            Assert.That(missing.Error, Does.Contain("nowhere"));
            Assert.That(empty.ExitCode, Is.EqualTo(66), "a folder without results has nothing to report");
            Assert.That(csvRun.ExitCode, Is.EqualTo(2));
            Assert.That(jsonlReport.ExitCode, Is.EqualTo(2));
        }
    }
}
