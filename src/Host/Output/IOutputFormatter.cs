using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Output;

/// <summary>One output format (table, JSON, …). Commands produce reports; a formatter only renders them.</summary>
public interface IOutputFormatter
{
    Task WriteRunAsync(RunReport report, CancellationToken cancellationToken);

    /// <summary>The checks and fixes on offer; with <paramref name="settings"/>, the settings those checks declare instead
    /// (JSON always carries both).</summary>
    Task WriteListAsync(PluginCatalog catalog, IReadOnlyList<CheckDescriptor> checks, bool settings, CancellationToken cancellationToken);

    Task WritePluginsAsync(PluginCatalog catalog, CancellationToken cancellationToken);

    /// <summary>Log findings: by file and line, or (<paramref name="timeline"/>) in time order with the first failure marked.</summary>
    Task WriteLogsAsync(LogReport report, bool timeline, CancellationToken cancellationToken);

    /// <summary>One code explained (<c>wutk explain</c>), or the codes a search found (<c>--search</c>).</summary>
    Task WriteExplainAsync(ExplainReport report, CancellationToken cancellationToken);
}
