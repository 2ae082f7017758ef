namespace WuToolkit.Host.Knowledge;

/// <summary>
/// Finds codes by words: every word must occur (case-insensitively) in a code's name, its meaning or its causes.
/// Matches rank by where the words occur — the name counts most, then the meaning, then the causes — and, at equal
/// rank, codes with checks or fixes come first, since those are the ones wutk can act on.
/// </summary>
public static class CodeSearch
{
    private const int InName = 3;
    private const int InMeaning = 2;
    private const int InCauses = 1;

    public static SearchResult Find(IReadOnlyList<CatalogEntry> entries, string words, int limit)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(words);
        var terms = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (terms.Length == 0)
        {
            return new SearchResult(words, [], 0, limit);
        }

        var ranked = new List<(CatalogEntry Entry, int Score, int Index)>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (Score(entries[i], terms) is { } score)
            {
                ranked.Add((entries[i], score, i));
            }
        }

        var best = ranked
            .OrderByDescending(match => match.Score)
            .ThenByDescending(match => match.Entry.Code.CheckIds.Count + match.Entry.Code.FixIds.Count > 0)
            .ThenBy(match => match.Entry.Code.Code)
            .ThenBy(match => match.Index)
            .Take(limit)
            .Select(match => match.Entry)
            .ToList();
        return new SearchResult(words, best, ranked.Count, limit);
    }

    /// <summary>The rank of <paramref name="entry"/>, or null when some word occurs nowhere in it.</summary>
    private static int? Score(CatalogEntry entry, string[] terms)
    {
        var code = entry.Code;
        // Underscores read as spaces, so that "name not resolved" finds WU_E_PT_WINHTTP_NAME_NOT_RESOLVED; the hex
        // form lets a partial code ("8024402") find its entry too.
        var name = code.Name.Replace('_', ' ') + " " + code.Hex;
        var total = 0;
        foreach (var term in terms)
        {
            var score = Contains(name, term) ? InName
                : Contains(code.Meaning, term) ? InMeaning
                : code.Causes.Any(cause => Contains(cause, term)) ? InCauses
                : 0;
            if (score == 0)
            {
                return null;
            }

            total += score;
        }

        return total;
    }

    private static bool Contains(string text, string term) => text.Contains(term, StringComparison.OrdinalIgnoreCase);
}
