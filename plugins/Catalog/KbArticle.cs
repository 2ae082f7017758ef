using System.Text.RegularExpressions;

namespace WuToolkit.Plugins.Catalog;

/// <summary>KB article ids and the Microsoft Update Catalog search for them.</summary>
internal static partial class KbArticle
{
    private const string CatalogSearch = "https://www.catalog.update.microsoft.com/Search.aspx?q=";

    /// <summary>The catalog search link for <paramref name="kbId"/>, or <see langword="null"/> when it is not a
    /// well-formed KB id. History comes from snapshots that anyone can edit, so only <c>KB</c> and 6 or 7 ASCII
    /// digits ever reach a link that people are told to open.</summary>
    public static Uri? CatalogSearchLink(string? kbId) =>
        kbId is not null && WellFormed().IsMatch(kbId)
            ? new Uri(CatalogSearch + kbId.ToUpperInvariant(), UriKind.Absolute)
            : null;

    /// <summary>Reads a KB id a user typed, <c>KB5034441</c> or just <c>5034441</c>, as <c>KB5034441</c>; false for
    /// anything else, so that nothing but <c>KB</c> and 6 or 7 ASCII digits ever reaches a command line.</summary>
    public static bool TryParse(string? text, out string kbId)
    {
        var trimmed = text?.Trim() ?? "";
        var candidate = trimmed.StartsWith("KB", StringComparison.OrdinalIgnoreCase) ? trimmed : "KB" + trimmed;
        kbId = WellFormed().IsMatch(candidate) ? candidate.ToUpperInvariant() : "";
        return kbId.Length > 0;
    }

    /// <summary>The distinct KB ids in a package's file name, as the Microsoft Update Catalog names its downloads
    /// (<c>windows10.0-kb5034441-x64_…msu</c>), each as <c>KB5034441</c>.</summary>
    public static IReadOnlyList<string> InFileName(string fileName) =>
        [.. InName().Matches(fileName).Select(match => match.Value.ToUpperInvariant()).Where(id => WellFormed().IsMatch(id)).Distinct(StringComparer.Ordinal)];

    /// <summary>The number of a KB id, as <c>wusa /uninstall /kb:</c> takes it.</summary>
    public static string Number(string kbId) => kbId[2..];

    // [0-9], not \d: \d also matches digits of other scripts.
    [GeneratedRegex("^KB[0-9]{6,7}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();

    // Not part of a longer word or number: "windows10.0-kb5034441-x64" holds KB5034441, "kb12345678" holds none.
    [GeneratedRegex("(?<![A-Za-z0-9])KB[0-9]{6,7}(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InName();
}
