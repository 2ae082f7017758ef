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

    // [0-9], not \d: \d also matches digits of other scripts.
    [GeneratedRegex("^KB[0-9]{6,7}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
