using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Knowledge;

/// <summary>
/// The loaded error catalogs as every check of a run sees them (<see cref="Abstractions.Checks.CheckContext.ErrorCodes"/>):
/// the index <c>wutk explain</c> uses, built the first time a check asks, since creating every catalog costs time that a
/// run whose checks never explain a code need not spend. A catalog that fails to load is a warning in the log; the
/// others still answer.
/// </summary>
public sealed partial class CatalogCodeLookup : IErrorCodeLookup
{
    private readonly Lazy<CodeExplainer> _index;

    public CatalogCodeLookup(IEnumerable<ErrorCatalogDescriptor> catalogs, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(logger);
        var loaded = catalogs.ToList();
        _index = new Lazy<CodeExplainer>(() => CodeExplainer.Load(loaded, problem => LogCatalogProblem(logger, problem)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ErrorCode? Find(uint code) => _index.Value.Find(code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogCatalogProblem(ILogger logger, string problem);
}
