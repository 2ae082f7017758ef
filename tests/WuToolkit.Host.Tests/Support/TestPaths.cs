using System.Reflection;

namespace WuToolkit.Host.Tests.Support;

/// <summary>Where the repository and the built host are (the shared corpus: <c>SharedCorpus</c>).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    /// <summary>The host's build output, with its bundled plugins in <c>plugins/</c>.</summary>
    public static string HostOutput { get; } = Metadata("HostOutput");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string Samples { get; } = Path.Combine(RepoRoot, "samples", "snapshots");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException(key);
}
