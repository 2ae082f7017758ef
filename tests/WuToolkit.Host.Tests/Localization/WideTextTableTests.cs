using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Output;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// Japanese text takes two columns a character: a table whose titles and messages are Japanese keeps every border at
/// the same column on every line, wrapped on a terminal or whole when redirected, and a progress line that shrinks
/// blanks out what the longer one left.
/// </summary>
public class WideTextTableTests
{
    private const string RoundedBorders = "│╭╮╰╯├┤┬┴┼";
    private const string AsciiBorders = "|+";

    private static RunReport Report() => new(
        "snapshot.json",
        "snapshot",
        Scenario.Both,
        new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        TimeSpan.FromSeconds(1),
        [
            Outcome("services.update-services", CheckStatus.Fail,
                "無効なサービス: バックグラウンド インテリジェント転送サービス (BITS)、Windows Update (wuauserv)。更新プログラムをダウンロードできません。",
                [new Evidence("スタートアップの種類", "無効"), new Evidence("状態", "停止")], ["services.restore-defaults"]),
            Outcome("disk.free-space", CheckStatus.Pass, "C: の空き領域は 120 GB です。更新プログラムには十分です。", [], []),
            Outcome("network.proxy", CheckStatus.Warn, "プロキシ proxy.contoso.local:8080 が設定されています（ＷｉｎＨＴＴＰ）", [new Evidence("ｗｉｄｅ", "全角ＡＢＣ１２３")], []),
            Outcome("ascii.only", CheckStatus.Skipped, "plain ASCII text between the wide rows", [], []),
        ],
        FailOnWarn: false);

    private static CheckOutcome Outcome(string id, CheckStatus status, string summary, Evidence[] evidence, string[] fixes) =>
        new(id, "テスト", "タイトル " + id, status, summary, evidence, fixes, TimeSpan.FromMilliseconds(5));

    [TestCase(true, 60)]
    [TestCase(true, 83)]
    [TestCase(false, 0)]
    public async Task Every_border_of_a_Japanese_run_table_sits_at_the_same_column(bool terminal, int width)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Japanese.Culture;
        try
        {
            using var output = new StringWriter();
            await new TableOutputFormatter(output, color: false, terminal, width).WriteRunAsync(Report(), CancellationToken.None);

            var borders = terminal ? RoundedBorders : AsciiBorders;
            var lines = output.ToString().Split('\n').Select(line => line.TrimEnd('\r'))
                .Where(line => line.Length > 0 && borders.Contains(line[0], StringComparison.Ordinal))
                .ToList();
            Assert.That(lines, Has.Count.GreaterThan(6), output.ToString());
            Assert.That(output.ToString(), Does.Contain("無効なサービス").And.Contain(Japanese.Host("ColumnFinding")));

            // Four borders: the table's two sides and the two between its three columns. A plain (redirected) table's
            // top and bottom lines are one run of dashes between two corners: only their two sides are compared.
            var expected = lines.Select(line => EastAsianWidth.ColumnsOf(line, borders)).First(columns => columns.Count == 4);
            foreach (var line in lines)
            {
                var columns = EastAsianWidth.ColumnsOf(line, borders);
                Assert.That(columns, Is.EqualTo(columns.Count == 2 && !terminal ? new[] { expected[0], expected[3] } : expected), $"{line}\n{output}");
                if (terminal)
                {
                    Assert.That(EastAsianWidth.Columns(line), Is.LessThanOrEqualTo(width), line);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public void A_shorter_progress_line_blanks_out_every_column_a_longer_Japanese_one_took()
    {
        using var error = new StringWriter();
        using (var line = new ProgressLine(error, enabled: true, TimeSpan.Zero))
        {
            line.Report("チェック: 40 個中 38 個完了、health.component-scan を待機中");
            line.Report("チェック: 40 個中 39 個完了");
        }

        var drawings = error.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(drawings, Has.Length.EqualTo(3), "two drawings and the blank that erases them");
        var longest = EastAsianWidth.Columns(drawings[0]);
        Assert.That(EastAsianWidth.Columns(drawings[1]), Is.EqualTo(longest), "the shorter drawing covers the longer one whole");
        Assert.That(drawings[2], Is.EqualTo(new string(' ', longest)), "the last blank covers every column drawn");
    }
}
