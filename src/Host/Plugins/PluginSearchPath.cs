namespace WuToolkit.Host.Plugins;

/// <summary>
/// The plugin folders in search order: built-in, machine-wide, per-user, WUTK_PLUGINS, --plugins.
/// The bundled plugins live in the tool's own folder, which an update replaces; drop-in plugins belong in
/// the machine or user folders, which survive updates.
/// </summary>
public static class PluginSearchPath
{
    /// <summary>The environment variable that names extra plugin folders, separated like PATH.</summary>
    public const string EnvironmentVariable = "WUTK_PLUGINS";

    public static IReadOnlyList<PluginFolder> Resolve(HostEnvironment environment, IEnumerable<string> commandLineFolders)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folders = new List<PluginFolder>
        {
            new(Path.Combine(environment.BaseDirectory, "plugins"), PluginOrigin.BuiltIn),
        };

        if (environment.MachinePluginFolder is { } machine)
        {
            folders.Add(new(machine, PluginOrigin.Machine));
        }

        if (environment.UserPluginFolder is { } user)
        {
            folders.Add(new(user, PluginOrigin.User));
        }

        var variable = environment.GetVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(variable))
        {
            folders.AddRange(variable
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(folder => new PluginFolder(folder, PluginOrigin.Environment)));
        }

        folders.AddRange(commandLineFolders.Select(folder => new PluginFolder(folder, PluginOrigin.CommandLine)));

        // The loader needs absolute paths; the same folder named twice is searched once.
        return folders
            .Select(folder => folder with { Path = Path.GetFullPath(folder.Path) })
            .DistinctBy(folder => folder.Path, OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            .ToList();
    }
}
