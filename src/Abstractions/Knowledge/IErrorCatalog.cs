namespace WuToolkit.Abstractions.Knowledge;

/// <summary>
/// A set of error codes that <c>wutk explain</c> and the log analysers know. Declared with
/// <see cref="ExportErrorCatalogAttribute"/>; a plugin may add codes of its own product. When two catalogs
/// define one code, the built-in one is shown first and the others after it.
/// </summary>
public interface IErrorCatalog
{
    /// <summary>Every code of the catalog.</summary>
    IReadOnlyList<ErrorCode> Codes { get; }
}
