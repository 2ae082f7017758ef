using WuToolkit.Host.Logs;

namespace WuToolkit.Host.Analysis;

/// <summary>Which files a logs command reads: the paths given (folders searched for known log names), or on
/// Windows, when none are given, the places Windows Update, servicing and Setup write their logs.</summary>
public static class LogLocations
{
    /// <summary>The standard locations, with environment variables, in the order a person would look.</summary>
    public static IReadOnlyList<string> WindowsDefaults { get; } =
    [
        @"%SystemRoot%\Logs\CBS\CBS.log",
        @"%SystemRoot%\Logs\DISM\dism.log",
        @"%SystemRoot%\WindowsUpdate.log",
        @"%SystemRoot%\Panther",
        @"%SystemDrive%\$WINDOWS.~BT\Sources\Panther",
        @"%SystemRoot%\Logs\SetupDiag",
    ];

    /// <summary>Expands the given paths into files. A file named explicitly is always read (even of an unknown kind);
    /// in a folder, only files whose names say they are logs wutk knows are read, at any depth.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="missing">Paths that exist neither as file nor as folder.</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<string> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(missing);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
                files.AddRange(Directory.EnumerateFiles(path, "*", options)
                    .Where(file => LogKindDetector.FromName(file) is not null)
                    .Order(StringComparer.OrdinalIgnoreCase));
            }
            else
            {
                missing.Add(path);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The default locations that exist on this PC.</summary>
    public static IReadOnlyList<string> ExistingDefaults() =>
        WindowsDefaults
            .Select(Environment.ExpandEnvironmentVariables)
            .Where(path => File.Exists(path) || Directory.Exists(path))
            .ToList();
}
