using WuToolkit.Logs.Analysis;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>The Logs plugin's rules as the log library finds them in its assembly, each created fresh per file, as a
/// rule author tests rules without the host (the host's own loading of the plugin is tested in the host's tests).</summary>
internal static class BundledRules
{
    public static IReadOnlyList<ILogRuleFactory> All { get; } = LogRuleFactory.FromAssembly(typeof(CbsSfcRepairRule).Assembly);
}
