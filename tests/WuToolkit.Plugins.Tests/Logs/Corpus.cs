using WuToolkit.Abstractions.Logs;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>
/// The logs of the shared corpus beside the repository (../shared/corpus). A test that reads it without the corpus
/// there is not run and says why, or fails where the corpus is required (see <see cref="SharedCorpus"/>).
/// </summary>
internal static class Corpus
{
    /// <summary>The folders of logs whose findings are asserted, and the kind each file is read as.</summary>
    public static readonly string[] LogFolders = ["cbs", "dism", "windowsupdate", "setup"];

    public static string Root => SharedCorpus.Require();

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
}
