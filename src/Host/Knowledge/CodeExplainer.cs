using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Knowledge;

/// <summary>
/// All loaded error-code catalogs merged into one index: by code, by name and for search. A code that several
/// catalogs define is explained by each of them, the bundled catalogs first (the plugin folders are searched
/// built-in first), so a plugin can add to a code without hiding what wutk itself says. Checks see the same index as
/// an <see cref="IErrorCodeLookup"/> (see <see cref="CatalogCodeLookup"/>).
/// </summary>
public sealed class CodeExplainer : IErrorCodeLookup
{
    private readonly IReadOnlyList<CatalogEntry> _entries;
    private readonly Dictionary<uint, List<CatalogEntry>> _byCode = [];
    private readonly Dictionary<string, uint> _byName = new(StringComparer.OrdinalIgnoreCase);

    private CodeExplainer(IReadOnlyList<CatalogEntry> entries)
    {
        _entries = entries;
        foreach (var entry in entries)
        {
            if (!_byCode.TryGetValue(entry.Code.Code, out var list))
            {
                _byCode.Add(entry.Code.Code, list = []);
            }

            list.Add(entry);
            // A name defined twice (an old and a new value) resolves to the first one listed.
            if (entry.Code.Name.Length > 0)
            {
                _byName.TryAdd(entry.Code.Name, entry.Code.Code);
            }
        }
    }

    /// <summary>Every code of every catalog, in catalog order.</summary>
    public IReadOnlyList<CatalogEntry> Entries => _entries;

    /// <summary>Creates every catalog and reads its codes. A catalog that throws, or yields entries without a code's
    /// basic parts, is passed to <paramref name="problem"/> as one line and left out; the others still load.</summary>
    public static CodeExplainer Load(IEnumerable<ErrorCatalogDescriptor> catalogs, Action<string> problem)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(problem);
        var entries = new List<CatalogEntry>();
        foreach (var catalog in catalogs)
        {
            try
            {
                var codes = catalog.Create().Codes ?? [];
                entries.AddRange(codes.Where(code => code is not null).Select(code => new CatalogEntry(Complete(code), catalog.Id, catalog.Metadata.Title, catalog.Plugin)));
            }
#pragma warning disable CA1031 // A third-party catalog may fail in any way; it must not take the others down.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                problem(ExplainStrings.FormatCatalogFailed(catalog.Id, catalog.Plugin, ex.Message.ReplaceLineEndings(" ")));
            }
        }

        return new CodeExplainer(entries);
    }

    /// <summary>The first catalog's entry for <paramref name="code"/> (a bundled one before a plugin's note on it), or null
    /// when no catalog knows it.</summary>
    public ErrorCode? Find(uint code) => _byCode.TryGetValue(code, out var list) ? list[0].Code : null;

    /// <summary>The code of a symbolic name, case-insensitively; null when no catalog knows the name.</summary>
    public uint? ResolveName(string name) => _byName.TryGetValue(name.Trim(), out var code) ? code : null;

    /// <summary>What the catalogs and the code's own bits say about <paramref name="query"/>.</summary>
    public CodeExplanation Explain(CodeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<CatalogEntry> entries = _byCode.TryGetValue(query.Code, out var list) ? list : [];
        var extend = query.ExtendCode is { } value ? SetupExtendCode.Decode(value) : null;
        return new CodeExplanation(query, FacilityDecoder.Decode(query.Code), entries, extend);
    }

    /// <summary>The codes whose name, meaning or causes contain every one of <paramref name="words"/>.</summary>
    public SearchResult Search(string words, int limit) => CodeSearch.Find(_entries, words, limit);

    /// <summary>A plugin built against the SDK cannot pass null for a list, but one built loosely can: read null as
    /// empty rather than fail later while printing.</summary>
    private static ErrorCode Complete(ErrorCode code) => code with
    {
        Name = code.Name ?? "",
        Meaning = code.Meaning ?? "",
        Causes = code.Causes ?? [],
        CheckIds = code.CheckIds ?? [],
        FixIds = code.FixIds ?? [],
    };
}
