namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>The master seed of each property, kept in the repository (Seeds/master-seeds.txt) so that every run, on a
/// developer's PC and in CI, tries the same inputs.</summary>
internal static class MasterSeeds
{
    public static string File { get; } = Path.Combine(AdversarialPaths.Seeds, "master-seeds.txt");

    private static readonly Lazy<IReadOnlyDictionary<string, string>> All = new(Read);

    public static IReadOnlyDictionary<string, string> Entries => All.Value;

    public static string Of(string property) =>
        All.Value.TryGetValue(property, out var seed)
            ? seed
            : throw new InvalidOperationException($"property '{property}' has no master seed in {File}: add a line '{property} = <seed>'");

    /// <summary>Lines <c>name = seed</c>; blank lines and lines starting with '#' are for people.</summary>
    private static Dictionary<string, string> Read() =>
        System.IO.File.ReadAllLines(File)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
}
