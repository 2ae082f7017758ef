using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Running;

/// <summary>
/// The built wutk, run live on this (non-Windows) PC as a user runs it, with every bundled check: the portable checks
/// run for real, the Windows-only ones are Skipped saying why, nothing is an Error and nothing throws. The checks are
/// whatever the bundled plugins hold, so the test asserts what every row must be, not a list of rows. Every endpoint
/// a check reads from its settings points at servers on 127.0.0.1, so nothing leaves this PC.
/// </summary>
public class LiveRunTests
{
    private static readonly string[] ProxyVariables = ["http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"];

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_live_run_here_gives_a_verdict_or_a_reason_for_every_check_and_no_error(bool deep)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "on Windows every check runs for real: the live Windows machine has tests of its own");
        await using var web = new LoopbackHttpServer(statusCode: 204);
        await using var time = new LoopbackSntpServer(TimeSpan.Zero);
        var listed = await ListAsync();

        var arguments = new List<string> { Path.Combine(TestPaths.HostOutput, "wutk.dll"), "run", "--format", "json" };
        if (deep)
        {
            arguments.Add("--deep");
        }

        foreach (var (key, value) in PointedAtLoopback(listed.Settings, web.Url.ToString(), time.Address))
        {
            arguments.AddRange(["--set", $"{key}={value}"]);
        }

        var environment = new Dictionary<string, string> { ["NO_COLOR"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        foreach (var variable in ProxyVariables)
        {
            environment[variable] = "";
        }

        var result = await ProcessRunner.RunAsync("dotnet", arguments, Path.GetTempPath(), environment, TimeSpan.FromMinutes(3));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.IssueFound), result.ToString());
        using (Assert.EnterMultipleScope())
        {
            // Nothing throws, and nothing is logged as thrown.
            Assert.That(result.Error, Does.Not.Contain("internal error"));
            Assert.That(result.Error, Does.Not.Contain("Exception"));
            Assert.That(result.Error, Does.Not.Match(@"(?m)^\s+at "));
        }

        Assert.That(SchemaFiles.Errors(SchemaFiles.Run, result.Output), Is.Empty);
        using var document = JsonDocument.Parse(result.Output);
        Assert.That(document.RootElement.GetProperty("machine").GetProperty("kind").GetString(), Is.EqualTo("live"));
        Assert.That(document.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(result.ExitCode));

        var rows = CliJson.ReadRun(result.Output);
        Assert.That(rows.Select(row => row.Id), Is.EquivalentTo(listed.Checks.Keys.Append(CheckSelection.PluginHealthId)), "every bundled check has its row");
        using (Assert.EnterMultipleScope())
        {
            foreach (var row in rows)
            {
                Assert.That(row.Status, Is.Not.EqualTo(CheckStatus.Error), $"{row.Id}: {row.Summary}");
                Assert.That(row.Summary, Is.Not.Empty, $"{row.Id} says nothing");
            }
        }

        var verdicts = rows.Where(row => row.Id != CheckSelection.PluginHealthId && row.Status is CheckStatus.Pass or CheckStatus.Warn or CheckStatus.Fail).ToList();
        var skipped = rows.Where(row => row.Status == CheckStatus.Skipped).ToList();
        Assert.That(verdicts, Is.Not.Empty, "the portable checks run for real");
        Assert.That(skipped.Where(row => row.Summary.StartsWith("only Windows can answer this", StringComparison.Ordinal)), Is.Not.Empty, "Windows-only checks say why they were skipped");
        Assert.That(result.ExitCode, Is.EqualTo(rows.Any(row => row.Status == CheckStatus.Fail) ? ExitCodes.IssueFound : ExitCodes.Ok), "a skipped check never makes the run incomplete");
        Assert.That(web.Requests, Is.Positive, "the endpoint checks reached the loopback server");

        var deepChecks = listed.Checks.Where(check => check.Value).Select(check => check.Key).ToHashSet();
        var waitingForDeep = skipped.Where(row => row.Summary.Contains("wutk run --deep", StringComparison.Ordinal)).Select(row => row.Id);
        Assert.That(waitingForDeep, Is.EquivalentTo(deep ? [] : deepChecks), "without --deep exactly the deep checks wait for it");
    }

    /// <summary>Every setting that names a place on the network, pointed at the loopback servers: URL lists and URLs at
    /// the HTTP server, host names (a time server) at the SNTP server. Other settings keep their defaults.</summary>
    private static IEnumerable<(string Key, string Value)> PointedAtLoopback(IEnumerable<(string Key, string Kind, string Default)> settings, string url, string timeServer)
    {
        foreach (var (key, kind, value) in settings)
        {
            if (kind == "urlList" || (kind == "text" && NetworkPlaces.IsUrl(value)))
            {
                yield return (key, url);
            }
            else if (kind == "text" && NetworkPlaces.IsHostName(value))
            {
                yield return (key, timeServer);
            }
        }
    }

    private static async Task<(Dictionary<string, bool> Checks, List<(string Key, string Kind, string Default)> Settings)> ListAsync()
    {
        var result = await Support.Cli.RunAsync("list", "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var checks = document.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("id").GetString()!, check => check.GetProperty("deep").GetBoolean());
        var settings = document.RootElement.GetProperty("settings").EnumerateArray()
            .Select(setting => (setting.GetProperty("key").GetString()!, setting.GetProperty("kind").GetString()!, setting.GetProperty("default").GetString()!))
            .ToList();
        return (checks, settings);
    }
}
