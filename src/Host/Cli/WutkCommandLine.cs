using System.CommandLine;
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
    public static RootCommand Build(HostEnvironment environment)
    {
        var options = new CommonOptions();
        var root = new RootCommand(Strings.RootDescription)
        {
            options.Plugins,
            options.Verbosity,
            options.Format,
        };
        root.Subcommands.Add(ListCommand.Create(options, environment));
        root.Subcommands.Add(RunCommand.Create(options, environment));
        root.Subcommands.Add(PluginsCommand.Create(options, environment));
        root.Subcommands.Add(CollectCommand.Create(options, environment));
        root.Subcommands.Add(ExplainCommand.Create(options, environment));
        root.Subcommands.Add(LogsCommand.Create(options, environment));
        root.Subcommands.Add(PluginHostCommand.Create(options, environment));

        // Repairs: plan, apply and undo fixes.
        root.Subcommands.Add(FixCommand.Create(options, environment));
        root.Subcommands.Add(UndoCommand.Create(options, environment));
        root.Subcommands.Add(CleanupCommand.Create(options, environment));
        return root;
    }

    /// <summary>
    /// Parses the words as they are. An '@' word is a word like any other, never a response file to read the words
    /// from: a log or selector may start with '@', and a response file would be read whole before anything is checked
    /// (<c>wutk explain @/dev/zero</c> took gigabytes), and any file's lines would be echoed back as unknown selectors.
    /// </summary>
    public static ParseResult Parse(string[] args, HostEnvironment environment) =>
        Build(environment).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    private static bool ChangesThePc(ParseResult parse) => parse.CommandResult.Command.Name is "fix" or "undo" or "cleanup";

    public static async Task<int> RunAsync(string[] args, HostEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parse = Parse(args, environment);
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

        if (ReportFormats.Refusal(parse) is { } refusal)
        {
            await error.WriteLineAsync(MessageLine.Error(refusal)).ConfigureAwait(false);
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
