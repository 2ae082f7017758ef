using System.CommandLine;
using System.Globalization;
using System.Reflection;
using WuToolkit.Host.IO;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Snapshots;

namespace WuToolkit.Host.Cli;

/// <summary>
/// The command line: thin wiring from words to the core. Maps every way a command can end to a documented
/// exit code (see <see cref="ExitCodes"/>), and every error to one line on standard error.
/// </summary>
public static class WutkCommandLine
{
    /// <summary>The whole command line, every command in it.</summary>
    public static RootCommand Build(HostEnvironment environment) => Build(environment, only: null);

    /// <param name="only">The one command to build beside the root's options, or null for all of them.</param>
    private static RootCommand Build(HostEnvironment environment, string? only)
    {
        var options = new CommonOptions();
        var root = new RootCommand(Strings.RootDescription)
        {
            options.Plugins,
            options.Verbosity,
            options.Format,
            UiLanguage.CreateOption(),
        };
        foreach (var (name, create) in Commands())
        {
            if (only is null || string.Equals(name, only, StringComparison.Ordinal))
            {
                root.Subcommands.Add(create(options, environment));
            }
        }

        // The parser's own help and version options: their texts come from our resources, as every other one does.
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                System.CommandLine.Help.HelpOption => Strings.OptionHelp,
                VersionOption => Strings.OptionVersion,
                _ => option.Description,
            };
        }

        return root;
    }

    /// <summary>Every command by name, in the order help lists them.</summary>
    private static (string Name, Func<CommonOptions, HostEnvironment, Command> Create)[] Commands() =>
    [
        ("list", ListCommand.Create),
        ("run", RunCommand.Create),
        ("plugins", PluginsCommand.Create),
        ("collect", CollectCommand.Create),
        ("explain", ExplainCommand.Create),
        ("logs", LogsCommand.Create),
        (Isolation.ChildCommand.Subcommand, PluginHostCommand.Create),
        ("report", ReportCommand.Create),

        // Repairs: plan, apply and undo fixes.
        ("fix", FixCommand.Create),
        ("undo", UndoCommand.Create),
        ("cleanup", CleanupCommand.Create),
    ];

    /// <summary>The command the words name first, when they do: only it needs building to parse them. Any other start (an
    /// option, a mistyped or missing command, a directive) builds every command, for the root's help and the parser's
    /// messages.</summary>
    private static string? NamedCommand(string[] args)
    {
        if (args is not [var first, ..])
        {
            return null;
        }

        foreach (var (name, _) in Commands())
        {
            if (string.Equals(name, first, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses the words as they are. An '@' word is a word like any other, never a response file to read the words
    /// from: a log or selector may start with '@', and a response file would be read whole before anything is checked
    /// (<c>wutk explain @/dev/zero</c> took gigabytes), and any file's lines would be echoed back as unknown selectors.
    /// </summary>
    /// <remarks>A command line that starts with a command's name is parsed against that command alone (and the root's
    /// options): the others would change nothing in its parse or its help, and building each costs start-up time.</remarks>
    public static ParseResult Parse(string[] args, HostEnvironment environment) =>
        Build(environment, NamedCommand(args)).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>The version as <c>--version</c> says it: the tool's informational version, build metadata included.</summary>
    private static string InformationalVersion =>
        typeof(WutkCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private static bool ChangesThePc(ParseResult parse) => parse.CommandResult.Command.Name is "fix" or "undo" or "cleanup";

    public static async Task<int> RunAsync(string[] args, HostEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(output);
        if (args is ["--version"])
        {
            // Before the command line is built: the version needs none of it, and scripts ask for it often.
            await output.WriteLineAsync(InformationalVersion).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        // Before anything is built: every description, and the static texts plugins read when they load, come in this
        // language. An async method's change of culture stays with this run (and what it awaits), not its caller.
        CultureInfo.CurrentUICulture = UiLanguage.Resolve(UiLanguage.Requested(args), CultureInfo.CurrentUICulture);

        var parse = Parse(args, environment);
        environment.Trace?.Mark("command line parsed");
        var unknownOptions = UnknownOptions.Describe(parse);
        if (unknownOptions.Count > 0 || parse.Errors.Count > 0)
        {
            // An unknown option explains the rest (its value read as a selector, say), so it alone is said.
            foreach (var problem in unknownOptions.Count > 0 ? unknownOptions : parse.Errors.Select(problem => problem.Message))
            {
                await error.WriteLineAsync(MessageLine.Error(problem)).ConfigureAwait(false);
            }

            await error.WriteLineAsync(Strings.UsageHint).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (FormatSupport.Problem(parse) is { } unfit)
        {
            await error.WriteLineAsync(MessageLine.Error(unfit)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = output,
                    Error = error,
                    EnableDefaultExceptionHandler = false,

                    // A fix handles Ctrl+C itself: it stops between steps and rolls back, which may take longer than the
                    // parser's grace period before it would end the process half-way through the rollback.
                    ProcessTerminationTimeout = ChangesThePc(parse) ? null : TimeSpan.FromSeconds(2),
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (SnapshotFormatException ex)
        {
            await error.WriteLineAsync(MessageLine.Error(ex.Message)).ConfigureAwait(false);
            return ex.FileMissing ? ExitCodes.NoInput : ExitCodes.DataError;
        }
        catch (InputUnreadableException ex)
        {
            await error.WriteLineAsync(MessageLine.Error(ex.Message)).ConfigureAwait(false);
            return ExitCodes.NoInput;
        }
        catch (OutputLostException ex)
        {
            await error.WriteLineAsync(MessageLine.Error(Strings.FormatOutputLost(ex.Message))).ConfigureAwait(false);
            return ExitCodes.CannotCreate;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync(Strings.Cancelled).ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes one line and exit code 70, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync(Strings.FormatInternalError(ex.GetType().Name, TerminalText.Escape(ex.Message.ReplaceLineEndings(" ")))).ConfigureAwait(false);
            return ExitCodes.Internal;
        }
    }
}
