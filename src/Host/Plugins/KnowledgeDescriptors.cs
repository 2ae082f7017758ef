using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Plugins;

/// <summary>An error-code catalog as the host knows it before creating it.</summary>
public sealed record ErrorCatalogDescriptor(string Plugin, ErrorCatalogMetadata Metadata, Func<IErrorCatalog> Create)
{
    public string Id => Metadata.Id;
}

/// <summary>A log rule as the host knows it, and as the log analyzer takes it: <see cref="Create"/> gives a fresh
/// instance for each file.</summary>
public sealed record LogRuleDescriptor(string Plugin, LogRuleMetadata Metadata, Func<ILogRule> Factory) : ILogRuleFactory
{
    public string Id => Metadata.Id;

    public IReadOnlyList<LogKind> Kinds => Metadata.Kinds ?? [];

    public IReadOnlyList<string> Markers => Metadata.Markers ?? [];

    public ILogRule Create() => Factory();
}
