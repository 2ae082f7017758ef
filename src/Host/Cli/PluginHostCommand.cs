using System.CommandLine;
using WuToolkit.Host.Isolation;

namespace WuToolkit.Host.Cli;

/// <summary>
/// <c>wutk plugin-host</c> (hidden): the process an isolated plugin runs in. wutk starts it and talks to it over its
/// standard input and output (src/Host/Isolation/Protocol); whatever the plugin writes to the console goes to standard
/// error instead. It ends the process when wutk is done with it, even if a plugin's thread still runs.
/// </summary>
public static class PluginHostCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var command = new Command(ChildCommand.Subcommand) { Hidden = true };
        command.SetAction(async (parse, cancellationToken) =>
        {
            int code;
            using (var session = HostSession.Open(parse, options, environment))
            {
                ChildErrorMode.Quiet();

                // Standard input carries wutk's messages: a plugin that reads the console reads nothing.
                Console.SetIn(TextReader.Null);
                using var host = new PluginHost(environment.OpenStandardInput(), environment.OpenStandardOutput(), environment, session.LoggerFactory, IsolationLimits.Default);
                code = await host.RunAsync(cancellationToken).ConfigureAwait(false);
            }

            // A plugin's foreground thread would keep the process alive after its work is done.
            if (environment.EndProcessWhenDone)
            {
                Environment.Exit(code);
            }

            return code;
        });
        return command;
    }
}
