using System.CommandLine;
using System.CommandLine.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Cli;

/// <summary>
/// Words that look like options but are none of the command's. Selectors, codes and log paths take any word, so a
/// mistyped option (<c>--snapshto</c>) would otherwise be read as a selector or a path and reported as something else.
/// Each is named with the nearest known option. System.CommandLine suggests names only from inside its parse-error
/// action (which also prints the help to standard output) and only for words no argument took, so the nearest name is
/// found here. Words after <c>--</c> are arguments, whatever they look like.
/// </summary>
public static class UnknownOptions
{
    /// <summary>One message per unknown option, in command-line order.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var taken = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(argument => argument.Tokens).ToHashSet();
        var unknown = parse.Tokens
            .TakeWhile(token => token.Type != TokenType.DoubleDash)
            .Where(token => token.Type == TokenType.Argument && LooksLikeOption(token.Value)
                && (taken.Contains(token) || parse.UnmatchedTokens.Contains(token.Value)))
            .Select(token => token.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count == 0)
        {
            return [];
        }

        var known = KnownNames(parse.CommandResult);
        return unknown.Select(word => Nearest(word, known) is { } guess
                ? Strings.FormatUnknownOptionGuess(word, guess)
                : Strings.FormatUnknownOption(word))
            .ToList();
    }

    /// <summary><c>-x</c> or <c>--x…</c>; not <c>-</c> (standard input) nor a negative number such as an error code.</summary>
    private static bool LooksLikeOption(string word) =>
        word.Length > 1 && word[0] == '-' && (char.IsAsciiLetter(word[1]) || (word[1] == '-' && word.Length > 2 && char.IsAsciiLetter(word[2])));

    /// <summary>The command's options and those it inherits from its parents (the recursive ones).</summary>
    private static List<string> KnownNames(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var current })
            {
                foreach (var option in current.Options.Where(option => ReferenceEquals(result, command) || option.Recursive))
                {
                    names.Add(option.Name);
                    names.AddRange(option.Aliases);
                }
            }
        }

        return names;
    }

    /// <summary>The known name the word is most likely a typo of, or null when none is close.</summary>
    private static string? Nearest(string word, List<string> known)
    {
        var typed = word.Split('=', ':')[0];
        if (typed.Length < 3)
        {
            return null;
        }

        var starting = known.Where(name => name.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (starting.Count == 1)
        {
            return starting[0];
        }

        var best = known
            .Select(name => (Name: name, Distance: Distance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, best.Name.Length / 4) ? best.Name : null;
    }

    /// <summary>Edits between two words, a swap of neighbours counting as one (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
