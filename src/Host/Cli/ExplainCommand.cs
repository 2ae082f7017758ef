using System.CommandLine;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary>
/// <c>wutk explain &lt;code&gt;</c> and <c>wutk explain --search &lt;words&gt;</c>: what a code means, from every loaded
/// catalog, and decoded by its facility when none knows it. Exits 0 when it explained the code (or searched, even if
/// nothing matched: "no code matches" is an answer) and 2 for input that is not a code.
/// </summary>
public static class ExplainCommand
{
    /// <summary>How many search matches are shown unless <c>--limit</c> says otherwise.</summary>
    public const int DefaultLimit = 25;

    /// <summary>The most <c>--limit</c> allows: more than every bundled catalog holds.</summary>
    public const int MaximumLimit = 10_000;

    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var code = new Argument<string[]>("code")
        {
            Description = ExplainStrings.ArgumentCode,
            Arity = ArgumentArity.OneOrMore,
        };
        var search = new Option<bool>("--search") { Description = ExplainStrings.OptionSearch };
        var limit = NumberOption.Create("--limit", DefaultLimit, 1, MaximumLimit);
        limit.Description = ExplainStrings.OptionLimit;
        limit.HelpName = "count";

        var command = new Command("explain", ExplainStrings.CommandExplain) { code, search, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            // Words may come as one argument or several ("0xC1900101 - 0x40017", "name not resolved").
            var input = string.Join(' ', parse.GetValue(code) ?? []).Trim();
            var catalog = session.LoadPlugins(listingFromCache: true);
            var explainer = CodeExplainer.Load(catalog.ErrorCatalogs, problem => session.Error.WriteLine(MessageLine.Warning(problem)));

            if (parse.GetValue(search))
            {
                var found = explainer.Search(input, parse.GetValue(limit));
                await session.CreateFormatter().WriteExplainAsync(new ExplainReport(null, found, catalog), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            if (CodeParser.Parse(input, explainer.ResolveName) is not { } query)
            {
                var message = CodeParser.LooksLikeName(input) ? ExplainStrings.FormatUnknownName(input) : ExplainStrings.FormatNotACode(input);
                await session.Error.WriteLineAsync(MessageLine.Error(message)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var explained = explainer.Explain(query);
            await session.CreateFormatter().WriteExplainAsync(new ExplainReport(explained, null, catalog), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
