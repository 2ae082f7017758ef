using System.IO.Enumeration;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Resources;

namespace WuToolkit.Logs.Sources;

/// <summary>Which files a logs command reads: the paths given (folders searched for known log names, <c>-</c> for
/// standard input), or on Windows, when none are given, the places Windows Update, servicing and Setup write their logs.</summary>
public static class LogLocations
{
    /// <summary>The path that names standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The standard locations, with environment variables, in the order a person would look.</summary>
    public static IReadOnlyList<string> WindowsDefaults { get; } =
    [
        @"%SystemRoot%\Logs\CBS\CBS.log",
        @"%SystemRoot%\Logs\DISM\dism.log",
        @"%SystemRoot%\WindowsUpdate.log",
        @"%SystemRoot%\Panther",
        @"%SystemDrive%\$WINDOWS.~BT\Sources\Panther",
        // A rolled-back upgrade leaves its rollback logs, rollbackinfo.ini, the driver logs of the new OS and any
        // setupmem.dmp here (and under Panther\NewOS\Rollback once the old OS is back).
        @"%SystemDrive%\$WINDOWS.~BT\Sources\Rollback",
        @"%SystemRoot%\Logs\SetupDiag",
        @"%SystemRoot%\INF\setupapi.dev.log",
        @"%SystemRoot%\INF\setupapi.setup.log",
        @"%SystemRoot%\Minidump",
        @"%SystemRoot%\MEMORY.DMP",
    ];

    /// <summary>Expands the given paths into files. A file named explicitly is always read (even of an unknown kind,
    /// and a pipe, FIFO or device too); in a folder, only files whose names say they are logs wutk knows are read,
    /// at any depth.</summary>
    public static LogPaths Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var errors = new List<string>();
        var unlisted = new List<(string Folder, string Reason)>();
        foreach (var path in paths)
        {
            if (path == StandardInput || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(LogsUnder(path, unlisted));
                }
                catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
                {
                    errors.Add(LogStrings.FormatFolderUnreadable(path, LogReader.Reason(ex)));
                }
            }
            else
            {
                errors.Add(LogReader.IsDenied(path) ? LogStrings.FormatLogUnreadable(path, LogStrings.PermissionDenied) : LogStrings.FormatLogPathMissing(path));
            }
        }

        return new LogPaths(files.Distinct(StringComparer.Ordinal).ToList(), errors, unlisted);
    }

    /// <summary>The default locations that exist on this PC.</summary>
    public static IReadOnlyList<string> ExistingDefaults() =>
        WindowsDefaults
            .Select(Environment.ExpandEnvironmentVariables)
            .Where(path => File.Exists(path) || Directory.Exists(path))
            .ToList();

    /// <summary>
    /// The known logs under <paramref name="root"/>, sorted, one folder at a time rather than with the runtime's
    /// recursive search: that one skips a folder it may not list without a word, and the user must hear which
    /// folder went unread. A folder below the root that cannot be listed goes into <paramref name="unlisted"/>;
    /// the root itself throws. Links are not followed.
    /// </summary>
    private static List<string> LogsUnder(string root, List<(string Folder, string Reason)> unlisted)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.ReparsePoint };
        var found = new List<string>();
        var folders = new Queue<string>([root]);
        while (folders.TryDequeue(out var folder))
        {
            try
            {
                var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(
                    folder, (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), entry.IsDirectory), options);
                foreach (var (path, isFolder) in entries)
                {
                    if (isFolder)
                    {
                        folders.Enqueue(path);
                    }
                    else if (LogKindDetector.FromName(path) is not null)
                    {
                        found.Add(path);
                    }
                }
            }
            catch (Exception ex) when ((ex is UnauthorizedAccessException or IOException) && folder != root)
            {
                unlisted.Add((folder, LogStrings.FormatFolderUnreadable(folder, LogReader.Reason(ex))));
            }
        }

        found.Sort(StringComparer.OrdinalIgnoreCase);
        return found;
    }
}
