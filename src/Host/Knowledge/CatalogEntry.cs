using WuToolkit.Abstractions.Knowledge;

namespace WuToolkit.Host.Knowledge;

/// <summary>One code as one catalog explains it, with where that explanation comes from.</summary>
/// <param name="Code">The catalog's explanation.</param>
/// <param name="CatalogId">The catalog's id, such as <c>codes.windows-update</c>.</param>
/// <param name="CatalogTitle">What the catalog covers.</param>
/// <param name="Plugin">The plugin that exports the catalog.</param>
public sealed record CatalogEntry(ErrorCode Code, string CatalogId, string CatalogTitle, string Plugin);
