namespace WuToolkit.Bench;

/// <summary>What to measure and where things are.</summary>
internal sealed record BenchOptions(int SizeMegabytes, int Runs, string RepoRoot, string WutkDll, string Corpus)
{
    public static BenchOptions Parse(string[] args)
    {
        var repo = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("run the benchmark from inside the repository");
        var size = 1024;
        var runs = 3;
        var wutk = Path.Combine(repo, "src", "Host", "bin", "Release", "net10.0", "wutk.dll");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--size-mb": size = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--wutk": wutk = Path.GetFullPath(args[i + 1]); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchOptions(size, runs, repo, wutk, Path.GetFullPath(Path.Combine(repo, "..", "shared", "corpus")));
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
