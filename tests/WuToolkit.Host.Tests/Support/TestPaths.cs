using System.Reflection;

namespace WuToolkit.Host.Tests.Support;

/// <summary>Where the repository, the built host and the shared corpus are.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    /// <summary>The host's build output, with its bundled plugins in <c>plugins/</c>.</summary>
    public static string HostOutput { get; } = Metadata("HostOutput");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string Samples { get; } = Path.Combine(RepoRoot, "samples", "snapshots");

    /// <summary>The real-world corpus beside the repository (CI always has it).</summary>
    public static string Corpus { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException(key);
}
