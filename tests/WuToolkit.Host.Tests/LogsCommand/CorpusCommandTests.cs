using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary>
/// The real command over every real log of ../shared/corpus, named as they are (not as Windows names them), so
/// kinds are told from content. The rules' exact findings per file are asserted in the plugin's own corpus tests;
/// this proves the command reaches them: every file read as its kind, no rule crashing, failures found.
/// </summary>
public class CorpusCommandTests
{
    private static readonly string[] Folders = ["cbs", "dism", "windowsupdate", "setup"];

    [Test]
    public async Task Every_corpus_log_is_read_as_its_kind_and_the_failures_are_found()
    {
        var corpus = SharedCorpus.Require();
        var files = Folders.SelectMany(folder => Directory.GetFiles(Path.Combine(corpus, folder))).Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Has.Length.GreaterThan(30));

        var result = await Support.Cli.RunAsync(["logs", "analyze", .. files, "--format", "json"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.That(json.RootElement.GetProperty("ruleProblems").GetArrayLength(), Is.Zero);
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = file.GetProperty("path").GetString()!;
            var folder = Path.GetFileName(Path.GetDirectoryName(path))!;
            var kind = file.GetProperty("kind").GetString();
            Assert.That(file.GetProperty("error").ValueKind, Is.EqualTo(JsonValueKind.Null), path);
            Assert.That(file.GetProperty("entries").GetInt64(), Is.GreaterThan(0), path);
            Assert.That(kind, folder switch
            {
                "cbs" => Is.EqualTo("cbs"),
                "dism" => Is.EqualTo("dism"),
                "windowsupdate" => Is.EqualTo("windowsUpdate"),
                _ => Is.AnyOf("setupAct", "setupErr", "setupDiag", "compatData"),
            }, path);
        }

        var failures = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "failure")
            .Select(f => Path.GetFileName(f.GetProperty("file").GetString()))
            .ToHashSet();
        Assert.That(failures, Does.Contain("appostarsi_win11_22621_restorehealth_hydration_failed_numCorruptions5.log")
            .And.Contain("appostarsi_win11_22621_restorehealth_source_8007010b_8007007b_800f081f_cmdline_typo.log")
            .And.Contain("issue_cloudbase53_win2008r2_classic_wsus_selfupdate_80072ee2.log")
            .And.Contain("appostarsi_setupact_safeos_main_operation_failed_8007000D_tail.log")
            .And.Contain("msdocs_setupdiag_sample_FindSPFatalError.json"));
        Assert.That(failures, Does.Not.Contain("rkudache31_win7_wua7.6_classic_format_healthy_baseline.log")
            .And.Not.Contain("dieterreuter_win7_dism_enable_feature_telnet_success_baseline.log")
            .And.Not.Contain("hofcake_win81_cbs_wu_session_invalid_package.log"), "healthy logs and noise are not failures");
    }
}
