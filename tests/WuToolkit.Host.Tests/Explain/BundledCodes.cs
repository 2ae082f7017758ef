using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>The catalogs of the built host's bundled plugins, loaded once through the real loader, as
/// <c>wutk explain</c> loads them.</summary>
internal static class BundledCodes
{
    private static readonly Lazy<PluginCatalog> LazyCatalog = new(() =>
        new PluginLoader(NullLoggerFactory.Instance).LoadAll([new PluginFolder(Path.Combine(TestPaths.HostOutput, "plugins"), PluginOrigin.BuiltIn)]));

    private static readonly Lazy<CodeExplainer> LazyExplainer = new(() =>
        CodeExplainer.Load(LazyCatalog.Value.ErrorCatalogs, problem => throw new InvalidOperationException(problem)));

    public static PluginCatalog Catalog => LazyCatalog.Value;

    public static CodeExplainer Explainer => LazyExplainer.Value;

    /// <summary>Parses <paramref name="input"/> as the command does and explains it; fails the test when it is not a code.</summary>
    public static CodeExplanation Explain(string input) =>
        Explainer.Explain(CodeParser.Parse(input, Explainer.ResolveName) ?? throw new AssertionException($"'{input}' did not parse as a code"));
}
