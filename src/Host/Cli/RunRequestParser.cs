using WuToolkit.Abstractions.Checks;
using System.CommandLine;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary>Turns the options of <c>run</c> and <c>collect</c> into a <see cref="RunRequest"/> and a selection; a null
/// result means a usage error that has already been said on standard error.</summary>
public static class RunRequestParser
{
    /// <summary>A validated request with its plugins loaded and its checks selected.</summary>
    public sealed record PreparedRun(RunRequest Request, PluginCatalog Catalog, CheckSelection Selection);

    /// <summary>Parses the request, loads the plugins and selects the checks; null after a usage error was said.</summary>
    public static PreparedRun? Prepare(ParseResult parse, CommonOptions options, HostSession session)
    {
        var request = From(parse, options, session);
        if (request is null)
        {
            return null;
        }

        var catalog = session.LoadPlugins(listingFromCache: true);
        var settings = SettingsCheck.Check(request.Settings, catalog);
        foreach (var warning in settings.Warnings)
        {
            session.Error.WriteLine(MessageLine.Warning(warning));
        }

        foreach (var error in settings.Errors)
        {
            session.Error.WriteLine(MessageLine.Error(error));
        }

        if (settings.Errors.Count > 0)
        {
            return null;
        }

        var selection = Select(request, catalog, session);
        return selection is null ? null : new PreparedRun(request, catalog, selection);
    }

    public static RunRequest? From(ParseResult parse, CommonOptions options, HostSession session)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(session);
        if (!KeyValueSettings.TryParse(parse.GetValue(options.Set) ?? [], out var settings, out var bad))
        {
            foreach (var word in bad)
            {
                session.Error.WriteLine(MessageLine.Error(Strings.FormatBadSetting(word)));
            }

            return null;
        }

        return new RunRequest(
            parse.GetValue(options.Selectors) ?? [],
            CommonOptions.ParseScenario(parse.GetValue(options.Scenario)),
            TimeSpan.FromSeconds(parse.GetValue(options.Timeout)),
            settings)
        {
            Deep = parse.GetValue(options.Deep),
        };
    }

    /// <summary>The checks to run, or null (after saying why) when a selector matches nothing.</summary>
    public static CheckSelection? Select(RunRequest request, PluginCatalog catalog, HostSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        return Select(catalog.Checks, request.Selectors, request.Scenario, session);
    }

    /// <summary>The selected checks, or null after one line per selector that matches nothing.</summary>
    public static CheckSelection? Select(IEnumerable<CheckDescriptor> checks, IReadOnlyList<string> selectors, Scenario scenario, HostSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var selection = CheckSelection.Select(checks, selectors, scenario);
        foreach (var unknown in selection.UnknownSelectors)
        {
            session.Error.WriteLine(MessageLine.Error(Strings.FormatUnknownSelector(unknown)));
        }

        if (selection.UnknownSelectors.Count > 0)
        {
            return null;
        }

        // Every selector names a real check, but none in the chosen scenario: an empty run would say "nothing wrong".
        if (selectors.Count > 0 && selection.Checks.Count == 0 && !selection.IncludesPluginHealth)
        {
            var named = string.Join(", ", selectors.Select(selector => $"'{selector}'"));
            session.Error.WriteLine(MessageLine.Error(Strings.FormatNothingToRun(named, StatusText.ForJson(scenario))));
            return null;
        }

        return selection;
    }
}
