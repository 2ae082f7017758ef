using System.Text.RegularExpressions;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>
/// docs/fleet: every wutk command line its documents and scripts give is one the real command line accepts (no unknown
/// option, no bad value), and the Ansible playbook is YAML of the shape Ansible runs.
/// </summary>
public partial class FleetScriptTests
{
    private static readonly string Fleet = Path.Combine(TestPaths.RepoRoot, "docs", "fleet");

    /// <summary><c>wutk report</c> is a command of the same release, added beside this folder; until this build has it,
    /// its lines are the only ones allowed to name a command the parser does not know.</summary>
    private const string CommandOfTheSameRelease = "report";

    public static IEnumerable<TestCaseData> CommandLines()
    {
        foreach (var file in Directory.EnumerateFiles(Fleet, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (WutkWords(lines[i]) is { } words)
                {
                    yield return new TestCaseData((object)words).SetArgDisplayNames($"{Path.GetRelativePath(Fleet, file)}:{i + 1}");
                }
            }
        }
    }

    [Test]
    public void The_fleet_folder_has_command_lines_for_every_tool_it_describes()
    {
        var files = CommandLines().Select(data => data.TestName ?? "").ToList();
        var names = CommandLines().Select(data => string.Join(' ', (string[])data.Arguments[0]!)).ToList();

        Assert.That(names, Has.Some.StartsWith("run --intune"));
        Assert.That(names, Has.Some.EqualTo("fix --for-failed --yes --intune"));
        Assert.That(names, Has.Some.StartsWith("run --format json -o"));
        Assert.That(names, Has.Some.StartsWith("report "));
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(10), string.Join("\n", files));
    }

    [TestCaseSource(nameof(CommandLines))]
    public void Each_command_line_parses_without_unknown_options_or_errors(string[] words)
    {
        var environment = new HostEnvironment(TestPaths.HostOutput, null, null, _ => null, false, 0);
        var root = WutkCommandLine.Build(environment);
        if (!root.Subcommands.Any(command => command.Name == words[0]))
        {
            Assert.That(words[0], Is.EqualTo(CommandOfTheSameRelease), "a command wutk does not have");
            return;
        }

        var parse = WutkCommandLine.Parse(words, environment);

        Assert.That(UnknownOptions.Describe(parse), Is.Empty, string.Join(' ', words));
        Assert.That(parse.Errors.Select(error => error.Message), Is.Empty, string.Join(' ', words));
    }

    [Test]
    public void The_Ansible_playbook_is_YAML_whose_plays_run_wutk_through_win_shell_and_accept_its_answers()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Fleet, "ansible", "wutk.yml")))
        {
            yaml.Load(reader);
        }

        var plays = (YamlSequenceNode)yaml.Documents.Single().RootNode;
        var windows = (YamlMappingNode)plays.Children[0];
        Assert.That(Scalar(windows, "hosts"), Is.EqualTo("windows"));
        var tasks = ((YamlSequenceNode)windows.Children[new YamlScalarNode("tasks")]).Children.Cast<YamlMappingNode>().ToList();
        var shells = tasks.Where(task => task.Children.ContainsKey(new YamlScalarNode("ansible.windows.win_shell"))).ToList();

        Assert.That(shells, Has.Count.EqualTo(2));
        foreach (var task in shells)
        {
            var script = Scalar(task, "ansible.windows.win_shell");
            Assert.That(script, Does.Contain("& '{{ wutk_exe }}' ").And.Contain("exit $LASTEXITCODE"), "wutk's exit code is the task's");
            Assert.That(Scalar(task, "failed_when"), Does.Match(@"rc not in \[0, 1(, 3)?\]"), "answers are not failures");
            Assert.That(Scalar(task, "register"), Is.Not.Empty);
        }

        Assert.That(tasks.Any(task => task.Children.ContainsKey(new YamlScalarNode("ansible.builtin.fetch"))), Is.True, "the reports come back");
        var report = (YamlMappingNode)plays.Children[1];
        var argv = ((YamlMappingNode)((YamlMappingNode)((YamlSequenceNode)report.Children[new YamlScalarNode("tasks")]).Children[0])
            .Children[new YamlScalarNode("ansible.builtin.command")]).Children[new YamlScalarNode("argv")];
        Assert.That(((YamlSequenceNode)argv).Children.Take(2).Select(node => ((YamlScalarNode)node).Value), Is.EqualTo(new[] { "wutk", "report" }));
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value ?? "" : "";

    /// <summary>The words after <c>wutk</c> on a line that runs it: a command line in a document, or a script's call
    /// (<c>&amp; $wutk …</c>, <c>&amp; '{{ wutk_exe }}' …</c>), without the script's redirections.</summary>
    private static string[]? WutkWords(string line)
    {
        var match = Invocation().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var words = Words().Matches(match.Groups["args"].Value).Select(word => word.Value.Trim('\'', '"')).ToList();
        var redirect = words.FindIndex(word => word.StartsWith("2>", StringComparison.Ordinal));
        return [.. redirect < 0 ? words : words[..redirect]];
    }

    [GeneratedRegex(@"^\s*(?:\$\w+\s*=\s*)?(?:wutk|&\s+\$[Ww]utk|&\s+'\{\{ wutk_exe \}\}')\s+(?<args>[a-z].*)$")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|\S+")]
    private static partial Regex Words();
}
