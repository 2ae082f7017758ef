using System.Text;
using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Output.Intune;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk run --intune</c>: Intune's detection contract (exit 1 an issue, 0 otherwise, one line of at most 2,048
/// characters on standard output).</summary>
public class IntuneRunTests
{
    private static IEnumerable<ReportSamples.Expected> Samples() => ReportSamples.All();

    [TestCaseSource(nameof(Samples))]
    public async Task Every_sample_exits_1_with_an_issue_0_without_and_prints_exactly_one_line(ReportSamples.Expected sample)
    {
        var result = await Support.Cli.RunAsync("run", "--intune", "--snapshot", sample.Path);

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(result.ExitCode, Is.EqualTo(sample.ExitCode == ExitCodes.IssueFound ? 1 : 0), result.Error);
        Assert.That(lines, Has.Length.EqualTo(1), result.Output);
        Assert.That(lines[0].TrimEnd('\r').Length, Is.LessThanOrEqualTo(IntuneLine.MaxLength));
        foreach (var failed in sample.WithStatus("fail"))
        {
            Assert.That(lines[0], Does.Contain(failed + ": "), "each failed check is named with its reason");
        }
    }

    [Test]
    public async Task With_o_the_report_goes_to_the_file_and_standard_output_is_still_the_one_line()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("last-run.json");

        var result = await Support.Cli.RunAsync("run", "--intune", "--format", "json", "-o", file, "--snapshot", Path.Combine(TestPaths.Samples, "services-disabled.json"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        Assert.That(result.Error, Is.Empty, "Intune takes any text on standard error for a failed script");
        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, File.ReadAllText(file)), Is.Empty);
    }

    [Test]
    public void Incomplete_is_exit_0_with_the_line_saying_so_and_other_codes_are_kept()
    {
        var report = new RunReport("live", "live", Scenario.Both, DateTimeOffset.UnixEpoch, TimeSpan.Zero,
            [ReportSamples.Outcome("disk.free-space", CheckStatus.Pass, "ok"), ReportSamples.Outcome("fixture.crashed", CheckStatus.Error, "timed out")], false);

        Assert.That(report.ResultCode, Is.EqualTo(ExitCodes.Incomplete));
        Assert.That(IntuneRunLine.ExitCode(report.ResultCode), Is.EqualTo(ExitCodes.Ok));
        Assert.That(IntuneRunLine.Of(report), Does.Contain("incomplete").And.Contain("fixture.crashed: timed out"));
        Assert.That(IntuneRunLine.ExitCode(ExitCodes.IssueFound), Is.EqualTo(ExitCodes.IssueFound));
        Assert.That(IntuneRunLine.ExitCode(ExitCodes.CannotCreate), Is.EqualTo(ExitCodes.CannotCreate));
    }

    [Test]
    public void Many_findings_are_cut_to_2048_characters_with_an_ellipsis()
    {
        var results = Enumerable.Range(0, 300)
            .Select(i => ReportSamples.Outcome($"fixture.check-{i:000}", CheckStatus.Fail, $"problem number {i} with a reason\nover two lines"))
            .ToList();
        var report = new RunReport("live", "live", Scenario.Both, DateTimeOffset.UnixEpoch, TimeSpan.Zero, results, false);

        var line = IntuneRunLine.Of(report);

        Assert.That(line, Has.Length.LessThanOrEqualTo(2048).And.Length.GreaterThan(2000));
        Assert.That(line, Does.StartWith("Issues found (300): fixture.check-000: problem number 0 with a reason over two lines; fixture.check-001"));
        Assert.That(line, Does.EndWith("…").And.Not.Contain("\n"));
    }

    [Test]
    public void Japanese_text_is_counted_in_characters_not_bytes()
    {
        var text = string.Concat(Enumerable.Repeat("更新プログラムのインストールに失敗しました。", 200));

        var line = IntuneLine.Of(text);

        Assert.That(Encoding.UTF8.GetByteCount(line), Is.GreaterThan(2048), "bytes are not the limit");
        Assert.That(line, Has.Length.EqualTo(2048));
        Assert.That(line, Does.StartWith("更新プログラム").And.EndWith("…"));
    }

    [Test]
    public void A_cut_never_splits_a_surrogate_pair_or_a_letter_from_its_combining_mark()
    {
        var pairs = IntuneLine.Of(string.Concat(Enumerable.Repeat("𠮷", 3000)));
        var marks = IntuneLine.Of(string.Concat(Enumerable.Repeat("か\u3099", 3000)));

        foreach (var line in new[] { pairs, marks })
        {
            Assert.That(line, Has.Length.LessThanOrEqualTo(2048));
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            Assert.DoesNotThrow(() => strict.GetBytes(line), "no lone surrogate");
        }

        Assert.That(marks[^2], Is.EqualTo('\u3099'), "the last letter keeps its mark");
    }

    [Test]
    public void A_short_line_is_left_whole_and_control_characters_become_visible()
    {
        Assert.That(IntuneLine.Of("ok"), Is.EqualTo("ok"));
        Assert.That(IntuneLine.Of("a\u001B[2Jb\r\nc"), Is.EqualTo("a\\x1B[2Jb c"));
    }
}
