using System.CommandLine;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary>The options several commands share, defined once.</summary>
public sealed class CommonOptions
{
    public Option<string[]> Plugins { get; } = new("--plugins")
    {
        Description = Strings.OptionPlugins,
        Recursive = true,
        HelpName = "folder",
    };

    public Option<string> Verbosity { get; } = Choice("--verbosity", Strings.OptionVerbosity, "normal", ["quiet", "normal", "detailed", "diagnostic"], "-v");

    public Option<string> Format { get; } = Choice("--format", Strings.OptionFormat, "table", ["table", "json", "jsonl", "csv", "html", "markdown"]);

    public Option<string> Scenario { get; } = Choice("--scenario", Strings.OptionScenario, "both", ["update", "upgrade", "both"]);

    /// <summary>The longest <c>--timeout</c>: a day, far beyond any check yet well within what a timer can wait.</summary>
    public const double MaximumTimeoutSeconds = 86_400;

    /// <summary>The shortest <c>--timeout</c>.</summary>
    public const double MinimumTimeoutSeconds = 0.1;

    public Option<double> Timeout { get; } = NumberOption.Create("--timeout", RunOptions.DefaultTimeout.TotalSeconds, MinimumTimeoutSeconds, MaximumTimeoutSeconds);

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = Strings.OptionSet,
        HelpName = "key=value",
    };

    /// <summary>Runs every plugin that is not built in in a process of its own (src/Host/Isolation).</summary>
    public Option<bool> Isolate { get; } = new("--isolate") { Description = Resources.IsolationStrings.OptionIsolate };

    /// <summary>Runs deep checks too: slow ones (a component store scan, a download) that are otherwise Skipped.</summary>
    public Option<bool> Deep { get; } = new("--deep") { Description = Strings.OptionDeep };

    public Argument<string[]> Selectors { get; } = new("selectors")
    {
        Description = Strings.ArgumentSelectors,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public CommonOptions()
    {
        Timeout.Description = Strings.OptionTimeout;
        Timeout.HelpName = "seconds";
        Plugins.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(token => string.IsNullOrWhiteSpace(token.Value)) is { } empty)
            {
                result.AddError(Strings.FormatPluginsFolderEmpty(empty.Value));
            }
        });
    }

    public static Scenario ParseScenario(string? text) => text?.ToLowerInvariant() switch
    {
        "update" => Abstractions.Checks.Scenario.Update,
        "upgrade" => Abstractions.Checks.Scenario.Upgrade,
        _ => Abstractions.Checks.Scenario.Both,
    };

    public static OutputFormat ParseFormat(string? text) => text?.ToLowerInvariant() switch
    {
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.Jsonl,
        "csv" => OutputFormat.Csv,
        "html" => OutputFormat.Html,
        "markdown" => OutputFormat.Markdown,
        _ => OutputFormat.Table,
    };

    private static Option<string> Choice(string name, string description, string defaultValue, string[] choices, params string[] aliases)
    {
        var option = new Option<string>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            Recursive = name is "--verbosity" or "--format",
        };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, choices);
        return option;
    }
}
