using System.Runtime.Loader;

namespace WuToolkit.Host.Tests.Startup;

/// <summary>The load contexts of this process: plugins each get one of their own, so a context that appears while a
/// command runs is a plugin it loaded.</summary>
internal static class LoadContexts
{
    public static HashSet<AssemblyLoadContext> Now() => [.. AssemblyLoadContext.All];

    /// <summary>The names of the assemblies loaded into contexts that did not exist <paramref name="before"/>.</summary>
    public static IReadOnlyList<string> PluginsLoadedSince(HashSet<AssemblyLoadContext> before) =>
        [.. AssemblyLoadContext.All
            .Where(context => !before.Contains(context))
            .SelectMany(context => context.Assemblies)
            .Select(assembly => assembly.GetName().Name ?? "?")
            .Order(StringComparer.Ordinal)];
}
