using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>
/// Tests reach nothing beyond loopback, but a generated <c>run</c> without <c>--snapshot</c> or a <c>collect</c> runs the
/// checks on this PC, and the Network plugin's checks reach the update endpoints (as does any check that reads an
/// address from its settings). Such a command line is parsed here as wutk will parse it; when it would run such a check,
/// the case is not run.
/// </summary>
internal static class LiveRunGuard
{
    private static readonly HostEnvironment Environment = new(TestPaths.HostOutput, null, null, _ => null, false, 0);

    private static readonly Lazy<IReadOnlyList<CheckDescriptor>> Bundled = new(() =>
        [.. new PluginLoader(NullLoggerFactory.Instance).LoadAll(PluginSearchPath.Resolve(Environment, [])).Checks]);

    /// <summary>The checks of the bundled plugins, loaded once.</summary>
    public static IReadOnlyList<CheckDescriptor> BundledChecks => Bundled.Value;

    /// <summary>True when wutk would ask the live PC's network with these arguments.</summary>
    public static bool WouldReachTheNetwork(string[] args)
    {
        var parse = WutkCommandLine.Parse(args, Environment);
        var command = parse.CommandResult.Command.Name;
        if (parse.Errors.Count > 0 || UnknownOptions.Describe(parse).Count > 0 || command is not ("run" or "collect"))
        {
            return false;
        }

        string[] selectors;
        string? scenarioName;
        try
        {
            if (command == "run" && parse.GetValue<FileInfo>("--snapshot") is not null)
            {
                return false;
            }

            selectors = parse.GetValue<string[]>("selectors") ?? [];
            scenarioName = parse.GetValue<string>("--scenario");
        }
        catch (InvalidOperationException)
        {
            // A value the parse cannot give (a required option missing behind --help): wutk runs nothing then.
            return false;
        }

        var scenario = CommonOptions.ParseScenario(scenarioName);
        var selection = CheckSelection.Select(Bundled.Value, selectors, scenario);
        // Plugins given with --plugins may bring checks of their own; a generated command line names none that has any.
        return selection.UnknownSelectors.Count == 0 && selection.Checks.Any(ReachesTheNetwork);
    }

    /// <summary>The Network plugin's checks, and any check that reads a URL or a host name from its settings (a time
    /// server, a download to measure), whose default lies beyond loopback.</summary>
    private static bool ReachesTheNetwork(CheckDescriptor check) =>
        check.Plugin == "Network"
        || check.Settings.Any(setting => setting is UrlListSetting
            || (setting is TextSetting text && (NetworkPlaces.IsUrl(text.Default) || NetworkPlaces.IsHostName(text.Default))));
}
