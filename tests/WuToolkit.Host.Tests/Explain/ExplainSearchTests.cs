using System.Text.Json;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Explain;

/// <summary><c>wutk explain --search</c> finds codes by the words of their name, meaning and causes, and a search
/// that finds nothing is an answer (exit 0), not an error.</summary>
public class ExplainSearchTests
{
    [TestCase("proxy")]
    [TestCase("name not resolved")]
    [TestCase("NAME NOT RESOLVED")]
    public async Task The_words_find_0x8024402C(string words)
    {
        var result = await Support.Cli.RunAsync("explain", "--search", words, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Matches(result.Output), Does.Contain("0x8024402C"));
    }

    [Test]
    public async Task Words_may_come_as_separate_arguments()
    {
        var result = await Support.Cli.RunAsync("explain", "--search", "name", "not", "resolved");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("0x8024402C").And.Contain("0x80072EE7"));
        Assert.That(result.Output, Does.Contain("2 codes match 'name not resolved'."));
    }

    [Test]
    public async Task Nothing_found_says_so_and_exits_0()
    {
        var table = await Support.Cli.RunAsync("explain", "--search", "zzqqxx");
        var json = await Support.Cli.RunAsync("explain", "--search", "zzqqxx", "--format", "json");

        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(table.Output.TrimEnd(), Is.EqualTo("No code matches 'zzqqxx'."));
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Matches(json.Output), Is.Empty);
    }

    [Test]
    public async Task The_limit_caps_the_matches_and_the_total_counts_them_all()
    {
        var result = await Support.Cli.RunAsync("explain", "--search", "proxy", "--limit", "3", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var search = json.RootElement.GetProperty("search");
        Assert.That(search.GetProperty("matches").GetArrayLength(), Is.EqualTo(3));
        Assert.That(search.GetProperty("total").GetInt32(), Is.GreaterThan(3));
        Assert.That(search.GetProperty("limit").GetInt32(), Is.EqualTo(3));
    }

    [TestCase("0")]
    [TestCase("-1")]
    public async Task A_limit_below_one_is_a_usage_error(string limit)
    {
        var result = await Support.Cli.RunAsync("explain", "--search", "proxy", "--limit", limit);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public void A_name_match_ranks_before_a_meaning_match()
    {
        var found = BundledCodes.Explainer.Search("proxy", 200).Matches.Select(entry => entry.Code.Name).ToList();

        var inName = found.IndexOf("WU_E_INVALID_PROXY_SERVER");
        var inMeaning = found.IndexOf("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED");
        Assert.That(inName, Is.GreaterThanOrEqualTo(0));
        Assert.That(inMeaning, Is.GreaterThan(inName));
    }

    [Test]
    public void Every_word_must_occur()
    {
        var result = BundledCodes.Explainer.Search("proxy zzqqxx", 25);

        Assert.That(result.Total, Is.Zero);
        Assert.That(CodeSearch.Find(BundledCodes.Explainer.Entries, "   ", 25).Total, Is.Zero, "no words find nothing");
    }

    private static List<string?> Matches(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("search").GetProperty("matches").EnumerateArray().Select(match => match.GetProperty("hex").GetString())];
    }
}
