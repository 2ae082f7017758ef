using System.Text;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary>
/// A temporary place for the fix commands: the FolderFixes fixture as a plugin, a root folder with subfolders a and b
/// (each with a file) for its fixes to move, and a journals folder (WUTK_JOURNALS), so that nothing outside it is
/// touched. Runs the whole CLI in-process, not elevated unless asked.
/// </summary>
internal sealed class FixSandbox : IDisposable
{
    private readonly TempFolder _temp = new();

    public FixSandbox()
    {
        Plugins = _temp.Combine("plugins");
        Root = _temp.Combine("root");
        Journals = _temp.Combine("journals");
        FixturePlugins.DropAsFolder("FolderFixes", Plugins);
        foreach (var name in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(Root, name));
            File.WriteAllText(Path.Combine(Root, name, "file.txt"), name);
        }
    }

    public string Plugins { get; }

    public string Root { get; }

    public string Journals { get; }

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public IReadOnlyList<string> Folders() =>
        [.. Directory.EnumerateFileSystemEntries(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> JournalFiles() =>
        Directory.Exists(Journals) ? [.. Directory.EnumerateFiles(Journals, "*.jsonl")] : [];

    /// <summary>Runs wutk with the fixture plugins and the root setting; <paramref name="input"/> is what is typed.</summary>
    public Task<Support.Cli.Result> RunAsync(string[] args, string? input = null, bool elevated = false, bool withRoot = true) =>
        RunAsync(args, input is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(input)), elevated, withRoot);

    /// <summary>As above, reading what is typed from <paramref name="input"/> as it comes.</summary>
    public Task<Support.Cli.Result> RunAsync(string[] args, Stream? input, bool elevated = false, bool withRoot = true) =>
        Support.Cli.RunAsync(
            [.. args, "--plugins", Plugins, .. withRoot && args.Length > 0 && args[0] == "fix" ? new[] { "--set", "fixture.root=" + Root } : []],
            new Dictionary<string, string> { [HostEnvironment.JournalsVariable] = Journals },
            input,
            adjust: environment => environment with { IsElevated = elevated, MachineName = "TESTPC" });

    public Task<Support.Cli.Result> RunAsync(params string[] args) => RunAsync(args, input: (string?)null);

    public void Dispose() => _temp.Dispose();
}
