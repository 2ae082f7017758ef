using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>
/// The shared corpus of real logs beside the repository (../shared/corpus from the folder holding
/// WuToolkit.sln). CI always has it; a missing corpus fails the tests that need it rather than letting them pass
/// on nothing.
/// </summary>
internal static class Corpus
{
    /// <summary>The folders of logs whose findings are asserted, and the kind each file is read as.</summary>
    public static readonly string[] LogFolders = ["cbs", "dism", "windowsupdate", "setup"];

    public static string Root { get; } = Locate();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Every log file in <see cref="LogFolders"/>, as "folder/name".</summary>
    public static IEnumerable<string> LogFiles() =>
        LogFolders.SelectMany(folder => Directory.EnumerateFiles(System.IO.Path.Combine(Root, folder))
            .Select(file => folder + "/" + System.IO.Path.GetFileName(file)))
            .Order(StringComparer.Ordinal);

    /// <summary>The kind of log a corpus file is, from its folder and, in setup/, its name.</summary>
    public static LogKind KindOf(string relative)
    {
        var folder = relative[..relative.IndexOf('/', StringComparison.Ordinal)];
        var name = relative[(folder.Length + 1)..];
        return folder switch
        {
            "cbs" => LogKind.Cbs,
            "dism" => LogKind.Dism,
            "windowsupdate" => LogKind.WindowsUpdate,
            _ when name.Contains("setupdiag", StringComparison.OrdinalIgnoreCase) => LogKind.SetupDiag,
            _ when name.Contains("CompatData", StringComparison.OrdinalIgnoreCase) => LogKind.CompatData,
            _ when name.Contains("setuperr", StringComparison.OrdinalIgnoreCase) => LogKind.SetupErr,
            _ => LogKind.SetupAct,
        };
    }

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "WuToolkit.sln")))
            {
                var corpus = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus)
                    ? corpus
                    : throw new DirectoryNotFoundException($"The shared corpus is missing: expected {corpus} beside the repository.");
            }
        }

        throw new DirectoryNotFoundException($"No WuToolkit.sln above {TestContext.CurrentContext.TestDirectory}, so the shared corpus cannot be found.");
    }
}
