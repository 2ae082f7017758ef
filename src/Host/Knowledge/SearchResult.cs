namespace WuToolkit.Host.Knowledge;

/// <summary>The codes whose name, meaning or causes contain all the words searched for, best first.</summary>
/// <param name="Words">The words as given.</param>
/// <param name="Matches">The best matches, at most <paramref name="Limit"/>.</param>
/// <param name="Total">How many codes matched in all.</param>
/// <param name="Limit">The most that were to be shown.</param>
public sealed record SearchResult(string Words, IReadOnlyList<CatalogEntry> Matches, int Total, int Limit);
