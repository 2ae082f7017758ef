using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Tests.Adversarial.Generators;
using WuToolkit.Host.Tests.Adversarial.Support;

namespace WuToolkit.Host.Tests.Startup;

/// <summary>
/// A command line that starts with a command's name is parsed against that command alone (the others are not built, for
/// start-up time). Proven here to change nothing: the same command, tokens, errors, unknown options, values and help as
/// the whole command line gives, for every command's help and for generated hostile command lines.
/// </summary>
public class CommandLineScopeTests
{
    private static readonly HostEnvironment Environment = new("/nonexistent/wutk", null, null, _ => null, OutputIsTerminal: false, TerminalWidth: 0);

    private static IEnumerable<string[]> EveryCommandsHelp()
    {
        foreach (var command in WutkCommandLine.Build(Environment).Subcommands.Where(command => !command.Hidden))
        {
            yield return [command.Name, "--help"];
            foreach (var subcommand in command.Subcommands)
            {
                yield return [command.Name, subcommand.Name, "--help"];
            }
        }
    }

    [TestCaseSource(nameof(EveryCommandsHelp))]
    public void A_commands_help_is_the_same_as_from_the_whole_command_line(string[] args)
    {
        var scoped = WutkCommandLine.Parse(args, Environment);
        var whole = ParseWhole(args);

        Assert.That(scoped.RootCommandResult.Command.Subcommands.Select(command => command.Name), Is.EqualTo(new[] { args[0] }), "built alone");
        Assert.That(scoped.Action, Is.InstanceOf<HelpAction>());
        Assert.That(Help(scoped), Is.EqualTo(Help(whole)).And.Contain(args[^2]));
    }

    [TestCase("list", "disk", "--scenario", "upgrade", "-v", "quiet", "--format", "json")]
    [TestCase("run", "--snapshot", "pc.json", "--timeout", "abc", "--set", "disk.updateFreeGB=5")]
    [TestCase("explain", "0x8024402C", "--limit", "0")]
    [TestCase("logs", "analyze", "CBS.log", "--snapshto", "x")]
    [TestCase("plugins", "trust", "--lang", "fr")]
    [TestCase("fix", "--format", "csv")]
    public void A_command_line_parses_as_against_the_whole_command_line(params string[] args) =>
        AssertAlike(args);

    [Test]
    public Task Generated_command_lines_parse_as_against_the_whole_command_line() =>
        Property.ForAllAsync("command-lines.parse-scope", HostileCommandLines.Any, line => AssertAlike(line.Resolve("/nonexistent/case")), cases: 300, line => line.ToString());

    [TestCase("lst")]
    [TestCase("--format", "json", "list")]
    [TestCase("--help")]
    [TestCase("")]
    public void A_command_line_that_does_not_start_with_a_command_builds_them_all(params string[] args)
    {
        var parse = WutkCommandLine.Parse(args, Environment);

        Assert.That(parse.RootCommandResult.Command.Subcommands.Select(command => command.Name),
            Is.EqualTo(WutkCommandLine.Build(Environment).Subcommands.Select(command => command.Name)));
    }

    private static void AssertAlike(string[] args)
    {
        var scoped = WutkCommandLine.Parse(args, Environment);
        var whole = ParseWhole(args);

        Assert.That(Path(scoped.CommandResult), Is.EqualTo(Path(whole.CommandResult)), "command");
        Assert.That(Tokens(scoped), Is.EqualTo(Tokens(whole)), "tokens");
        Assert.That(scoped.UnmatchedTokens, Is.EqualTo(whole.UnmatchedTokens), "unmatched");
        Assert.That(scoped.Errors.Select(error => error.Message), Is.EqualTo(whole.Errors.Select(error => error.Message)), "errors");
        Assert.That(UnknownOptions.Describe(scoped), Is.EqualTo(UnknownOptions.Describe(whole)), "unknown options");
        Assert.That(FormatSupport.Problem(scoped), Is.EqualTo(FormatSupport.Problem(whole)), "format");
        Assert.That(Values(scoped), Is.EqualTo(Values(whole)), "values");
        Assert.That(scoped.Action?.GetType(), Is.EqualTo(whole.Action?.GetType()), "action");
        if (scoped.Action is HelpAction)
        {
            Assert.That(Help(scoped), Is.EqualTo(Help(whole)), "help");
        }
    }

    private static ParseResult ParseWhole(string[] args) =>
        WutkCommandLine.Build(Environment).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    private static string Path(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var current })
            {
                names.Insert(0, current.Name);
            }
        }

        return string.Join(' ', names);
    }

    private static IEnumerable<string> Tokens(ParseResult parse) => parse.Tokens.Select(token => $"{token.Type}:{token.Value}");

    /// <summary>Every option and argument the parse holds, with its tokens.</summary>
    private static List<string> Values(ParseResult parse)
    {
        var values = new List<string>();
        for (var command = parse.CommandResult; command is not null; command = command.Parent as CommandResult)
        {
            foreach (var child in command.Children)
            {
                var name = child switch
                {
                    OptionResult option => option.Option.Name,
                    ArgumentResult argument => argument.Argument.Name,
                    _ => child.GetType().Name,
                };
                values.Add($"{name}={string.Join('|', child.Tokens.Select(token => token.Value))}");
            }
        }

        return values;
    }

    private static string Help(ParseResult parse)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return $"{code}\n{output}\n{error}";
    }
}
