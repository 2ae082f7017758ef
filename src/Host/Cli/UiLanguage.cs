using System.CommandLine;
using System.Globalization;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Cli;

/// <summary>
/// The language wutk speaks: <c>--lang en|ja</c>, else the user's UI culture (on Linux from LANG or LC_ALL) when its
/// language is Japanese, else English. Only the UI culture changes: numbers, dates and JSON stay culture-invariant.
/// </summary>
public static class UiLanguage
{
    public const string OptionName = "--lang";

    /// <summary>The values <c>--lang</c> accepts.</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["en", "ja"];

    /// <summary>The option as the parser knows it; its value was already applied before the commands were built, since
    /// every description, and every plugin's static texts, are read in the language chosen.</summary>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>(OptionName)
        {
            Description = Strings.OptionLang,
            HelpName = "en|ja",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(token => !Accepted.Contains(token.Value, StringComparer.OrdinalIgnoreCase)) is { } refused)
            {
                result.AddError(Strings.FormatLangNotAccepted(refused.Value, string.Join(", ", Accepted)));
            }
        });
        option.CompletionSources.Add([.. Accepted]);
        return option;
    }

    /// <summary>The value of <c>--lang</c> among <paramref name="args"/> (the last one given), or null when none is; read
    /// before parsing, because the parser's own texts are built in the language chosen. Words after <c>--</c> are
    /// selectors or paths, never options.</summary>
    public static string? Requested(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? requested = null;
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            if (word == "--")
            {
                break;
            }

            if (word == OptionName && i + 1 < args.Count)
            {
                requested = args[++i];
            }
            else if (word.Length > OptionName.Length + 1 && word.StartsWith(OptionName, StringComparison.Ordinal)
                     && word[OptionName.Length] is '=' or ':')
            {
                requested = word[(OptionName.Length + 1)..];
            }
        }

        return requested;
    }

    /// <summary>The UI culture for a request: Japanese for <c>ja</c>, English for <c>en</c>; without one (or with a value
    /// the parser will refuse), <paramref name="current"/> when its language is Japanese, else English.</summary>
    public static CultureInfo Resolve(string? requested, CultureInfo current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (string.Equals(requested, "ja", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.GetCultureInfo("ja-JP");
        }

        if (string.Equals(requested, "en", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.GetCultureInfo("en-US");
        }

        return IsJapanese(current) ? current : CultureInfo.GetCultureInfo("en-US");
    }

    /// <summary>Whether <paramref name="culture"/> speaks Japanese.</summary>
    public static bool IsJapanese(CultureInfo culture) =>
        string.Equals(culture?.TwoLetterISOLanguageName, "ja", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>--lang</c> value that says the current UI language, for a child wutk to speak it too.</summary>
    public static string Current => IsJapanese(CultureInfo.CurrentUICulture) ? "ja" : "en";
}
