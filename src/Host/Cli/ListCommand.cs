using System.CommandLine;
using WuToolkit.Host.Fixes;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk list [selectors]</c>: the checks and fixes on offer, from metadata only (no check is created).</summary>
public static class ListCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var settings = new Option<bool>("--settings") { Description = Strings.OptionListSettings };
        var fixes = new Option<bool>("--fixes") { Description = FixStrings.OptionListFixes };
        var command = new Command("list", Strings.CommandList) { options.Selectors, options.Scenario, settings, fixes, options.Isolate };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            var catalog = session.LoadPlugins(listingFromCache: !parse.GetValue(fixes));
            var selectors = parse.GetValue(options.Selectors) ?? [];
            if (RunRequestParser.Select(catalog.Checks, selectors, CommonOptions.ParseScenario(parse.GetValue(options.Scenario)), session) is not { } selection)
            {
                return ExitCodes.Usage;
            }

            if (parse.GetValue(fixes))
            {
                await FixList.WriteAsync(session, catalog, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await session.CreateFormatter().WriteListAsync(catalog, selection.Checks, parse.GetValue(settings), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
