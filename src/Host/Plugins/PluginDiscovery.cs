using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Plugins;

/// <summary>
/// Finds plugin DLLs in plugin folders without loading anything, and passes over nothing without a word.
/// <list type="bullet">
/// <item>A subfolder is a plugin when it holds a DLL of its own name (case aside): <c>Disk/Disk.dll</c>.</item>
/// <item>A subfolder whose DLL has another name but references the SDK (<c>DiskN/Disk.dll</c>) is a plugin that
/// cannot load: a problem, which the user sees as a warning naming the DLL it needs.</item>
/// <item>A subfolder with no plugin in it (documentation, a backup), and a plugins folder that does not exist (the
/// machine-wide and per-user ones usually do not), are log lines only: nothing is wrong.</item>
/// <item>A folder that may not be read is a problem: its plugins, if any, did not load.</item>
/// </list>
/// Loose DLLs are all candidates; the loader tells a plugin from a library beside it.
/// </summary>
public sealed partial class PluginDiscovery(ILogger logger)
{
    private static readonly string Sdk = typeof(ICheck).Assembly.GetName().Name!;

    // Every file, hidden or not, and ".DLL" as well as ".dll": a plugin copied from Windows keeps its case.
    private static readonly EnumerationOptions DllFiles = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };

    public IReadOnlyList<PluginCandidate> Find(IEnumerable<PluginFolder> folders, ICollection<PluginProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(problems);
        var candidates = new List<PluginCandidate>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder.Path))
            {
                LogFolderAbsent(logger, folder.Path, folder.Origin);
                continue;
            }

            try
            {
                foreach (var sub in Directory.EnumerateDirectories(folder.Path).Order(StringComparer.Ordinal))
                {
                    if (InSubfolder(sub, folder, problems) is { } candidate)
                    {
                        candidates.Add(candidate);
                    }
                }

                candidates.AddRange(Dlls(folder.Path).Select(dll => new PluginCandidate(Path.GetFileNameWithoutExtension(dll), dll, folder, IsLooseFile: true)));
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                problems.Add(Unreadable(folder.Path, ex));
            }
        }

        return candidates;
    }

    private PluginCandidate? InSubfolder(string sub, PluginFolder folder, ICollection<PluginProblem> problems)
    {
        var name = Path.GetFileName(sub);
        List<string> dlls;
        try
        {
            dlls = Dlls(sub);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            problems.Add(Unreadable(sub, ex));
            return null;
        }

        if (dlls.Find(dll => string.Equals(Path.GetFileNameWithoutExtension(dll), name, StringComparison.OrdinalIgnoreCase)) is { } own)
        {
            return new PluginCandidate(Path.GetFileNameWithoutExtension(own), own, folder, IsLooseFile: false);
        }

        var plugins = dlls.Where(ReferencesSdk).Select(Path.GetFileName).ToList();
        if (plugins.Count > 0)
        {
            problems.Add(new PluginProblem(
                name, sub, Strings.FormatPluginFolderNameMismatch(name, name + ".dll", string.Join(", ", plugins), Path.GetFileNameWithoutExtension(plugins[0])), PluginRefused: true));
            return null;
        }

        LogNoPluginInFolder(logger, sub, name + ".dll");
        return null;
    }

    private static List<string> Dlls(string folder) =>
        Directory.EnumerateFiles(folder, "*.dll", DllFiles).Order(StringComparer.Ordinal).ToList();

    private static bool ReferencesSdk(string dll)
    {
        try
        {
            return AssemblyInspection.Read(dll, Sdk).AbstractionsReference is not null;
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static PluginProblem Unreadable(string folder, Exception exception) =>
        new(Path.GetFileName(folder), folder, exception is UnauthorizedAccessException
            ? Strings.FormatPluginFolderDenied(folder)
            : Strings.FormatPluginFolderUnreadable(folder, exception.Message.ReplaceLineEndings(" ")), PluginRefused: true);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Plugins folder {Path} ({Origin}) does not exist")]
    private static partial void LogFolderAbsent(ILogger logger, string path, PluginOrigin origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipping folder {Path}: it holds no {Dll} and no other plugin either")]
    private static partial void LogNoPluginInFolder(ILogger logger, string path, string dll);
}
