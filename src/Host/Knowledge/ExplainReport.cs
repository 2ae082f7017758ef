using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Knowledge;

/// <summary>What <c>wutk explain</c> shows: one code explained, or the codes a search found; and the plugins that
/// failed to load, since their catalogs are missing from the answer.</summary>
/// <param name="Code">The explanation, when a code was asked about.</param>
/// <param name="Search">The matches, when words were searched for.</param>
/// <param name="Catalog">The plugins loaded, and those that failed to load wholly or in part.</param>
public sealed record ExplainReport(CodeExplanation? Code, SearchResult? Search, PluginCatalog Catalog);
