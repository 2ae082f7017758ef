using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Host.Plugins;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>
/// The Logs plugin's rules as the host sees them: its built assembly loaded by the real plugin loader from a
/// plugins folder, composed with System.Composition, each rule created fresh per file through its descriptor.
/// </summary>
internal static class BundledRules
{
    private static readonly Lazy<PluginCatalog> Loaded = new(Load);

    public static PluginCatalog Catalog => Loaded.Value;

    public static IReadOnlyList<LogRuleDescriptor> All => Catalog.LogRules.ToList();

    private static PluginCatalog Load()
    {
        // A private copy of the plugin folder, as it is laid out when installed: plugins/Logs/Logs.dll.
        var built = System.IO.Path.GetDirectoryName(typeof(CbsSfcRepairRule).Assembly.Location)!;
        var plugins = Directory.CreateTempSubdirectory("wutk-logs-plugin-");
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(plugins.FullName, "Logs"));
        File.Copy(System.IO.Path.Combine(built, "Logs.dll"), System.IO.Path.Combine(folder.FullName, "Logs.dll"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => plugins.Delete(recursive: true);
        return new PluginLoader(NullLoggerFactory.Instance).LoadAll([new PluginFolder(plugins.FullName, PluginOrigin.BuiltIn)]);
    }
}
