namespace WuToolkit.Bench;

/// <summary>What to measure and where things are.</summary>
internal sealed record BenchOptions(int SizeMegabytes, int Runs, string RepoRoot, string WutkDll, string Corpus)
{
    /// <summary>Whether <c>--wutk</c> named the DLL (else the start-up benchmark publishes one).</summary>
    public bool WutkGiven { get; init; }

    /// <summary>How many generated plugins the start-up benchmark adds (<c>--plugin-count</c>, 0 for none).</summary>
    public int PluginCount { get; init; } = 200;

    /// <summary>Warm-up runs before each timed command (<c>--warmup</c>).</summary>
    public int Warmups { get; init; } = 3;

    /// <summary>MSBuild properties for the start-up benchmark's publish (<c>--publish-property Name=Value</c>, repeatable).</summary>
    public IReadOnlyList<string> PublishProperties { get; init; } = [];

    /// <summary>Environment variables for the wutk runs of the logs benchmark (<c>--wutk-env NAME=VALUE</c>, repeatable),
    /// to measure the runtime's own knobs (say <c>DOTNET_GCgen0size</c>, the GC's first budget) against the default.</summary>
    public IReadOnlyDictionary<string, string> WutkEnvironment { get; init; } = new Dictionary<string, string>();
    /// <summary>The one log the <c>reader</c> benchmark profiles (<c>--log cbs|windowsupdate|setupact</c>), or null for all three.</summary>
    public string? Log { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var repo = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("run the benchmark from inside the repository");
        var size = 1024;
        var runs = 3;
        var wutk = Path.Combine(repo, "src", "Host", "bin", "Release", "net10.0", "wutk.dll");
        var wutkGiven = false;
        var pluginCount = 200;
        var warmups = 3;
        var publish = new List<string>();
        var wutkEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        string? log = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--size-mb": size = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--wutk": wutk = Path.GetFullPath(args[i + 1]); wutkGiven = true; break;
                case "--plugin-count": pluginCount = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--warmup": warmups = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--publish-property": publish.Add(args[i + 1]); break;
                case "--wutk-env" when args[i + 1].Split('=', 2) is [var name, var value]: wutkEnvironment[name] = value; break;
                case "--log": log = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchOptions(size, runs, repo, wutk, Path.GetFullPath(Path.Combine(repo, "..", "shared", "corpus")))
        {
            WutkGiven = wutkGiven,
            PluginCount = pluginCount,
            Warmups = warmups,
            PublishProperties = publish,
            WutkEnvironment = wutkEnvironment,
            Log = log,
        };
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WuToolkit.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
