using System.CommandLine;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk plugins</c>: which plugins loaded from where, and what is wrong with those that did not.</summary>
public static class PluginsCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var command = new Command("plugins", Strings.CommandPlugins);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            var catalog = session.LoadPlugins();
            await session.CreateFormatter().WritePluginsAsync(catalog, cancellationToken).ConfigureAwait(false);
            return catalog.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Incomplete;
        });
        return command;
    }
}
