namespace WuToolkit.Host;

/// <summary>
/// What the host reads from its surroundings, gathered in one place so that tests can run the whole CLI
/// in-process with their own folders and variables instead of the machine's.
/// </summary>
/// <param name="BaseDirectory">The tool's own folder (the bundled plugins sit in its <c>plugins</c> subfolder).</param>
/// <param name="MachinePluginFolder">The machine-wide plugins folder, or null for none.</param>
/// <param name="UserPluginFolder">The per-user plugins folder, or null for none.</param>
/// <param name="GetVariable">Reads an environment variable.</param>
/// <param name="OutputIsTerminal">Whether standard output is an interactive terminal (colour and table width).</param>
/// <param name="TerminalWidth">The terminal's width in columns, when it is one.</param>
public sealed record HostEnvironment(
    string BaseDirectory,
    string? MachinePluginFolder,
    string? UserPluginFolder,
    Func<string, string?> GetVariable,
    bool OutputIsTerminal,
    int TerminalWidth)
{
    /// <summary>The real process's surroundings.</summary>
    public static HostEnvironment FromProcess()
    {
        var terminal = !Console.IsOutputRedirected;
        return new HostEnvironment(
            AppContext.BaseDirectory,
            FolderUnder(Environment.SpecialFolder.CommonApplicationData),
            FolderUnder(Environment.SpecialFolder.LocalApplicationData),
            Environment.GetEnvironmentVariable,
            terminal,
            terminal ? SafeWindowWidth() : 0)
        {
            ErrorIsTerminal = !Console.IsErrorRedirected,
            OpenStandardInput = Console.OpenStandardInput,
            JournalFolder = DefaultJournalFolder(),
            CacheFolder = Plugins.Cache.PluginMetadataCache.DefaultFolder(),
            Trace = Diagnostics.StartupTrace.FromVariable(Environment.GetEnvironmentVariable(Diagnostics.StartupTrace.EnvironmentVariable)),
            MachineName = Environment.MachineName,
            OpenStandardOutput = Console.OpenStandardOutput,
            IsElevated = Environment.IsPrivilegedProcess,
            EndProcessWhenDone = true,
            MachineConfigurationFile = Environment.GetEnvironmentVariable(Configuration.MachineConfigurationFile.EnvironmentVariable) is { Length: > 0 } file
                ? Path.GetFullPath(file)
                : Configuration.MachineConfigurationFile.DefaultPath(),
        };
    }

    /// <summary>Whether wutk runs elevated (Administrator on Windows, root elsewhere): only then do the plugin trust
    /// rules refuse a plugin (docs/plugin-trust.md), and only then may a fix that needs elevation be applied. Tests set
    /// it; by default it is not.</summary>
    public bool IsElevated { get; init; }

    /// <summary>Whether a command may end the process itself when done (the isolated plugin host does, so that a plugin's
    /// thread cannot keep it alive); false in tests, which run commands inside their own process.</summary>
    public bool EndProcessWhenDone { get; init; }

    /// <summary>The machine-wide configuration file (what administrators trusted and isolated), or null for none.</summary>
    public string? MachineConfigurationFile { get; init; }

    /// <summary>Opens the raw standard output, which the isolated plugin host (<c>wutk plugin-host</c>) talks through.
    /// Tests give a stream of their own; by default it is empty.</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = static () => Stream.Null;

    /// <summary>The variable that names another folder for the fix journals (tests, or a PC that keeps them elsewhere).</summary>
    public const string JournalsVariable = "WUTK_JOURNALS";

    /// <summary>Where this machine keeps the fix journals, unless <see cref="JournalsVariable"/> names another folder;
    /// <see langword="null"/> for none known (a test's environment that sets no folder).</summary>
    public string? JournalFolder { get; init; }

    /// <summary>The per-user folder of the plugin metadata cache, unless <c>WUTK_CACHE</c> names another; null for no
    /// cache (tests, unless they name one).</summary>
    public string? CacheFolder { get; init; }

    /// <summary>Says how long each start-up phase took, on standard error, when <c>WUTK_TRACE_STARTUP</c> is set; null otherwise.</summary>
    public Diagnostics.StartupTrace? Trace { get; init; }

    /// <summary>The PC's name, for the journals.</summary>
    public string MachineName { get; init; } = "";

    /// <summary>The fix journals' folder: <see cref="JournalsVariable"/>, or <see cref="JournalFolder"/>.</summary>
    public string? ResolveJournalFolder() =>
        GetVariable(JournalsVariable) is { Length: > 0 } named ? Path.GetFullPath(named) : JournalFolder;

    /// <summary>The machine's data folder on Windows (<c>%ProgramData%\wutk\journals</c>), which outlives the tool's updates
    /// and any one user; elsewhere the user's data folder (<c>~/.local/share/wutk/journals</c>).</summary>
    private static string? DefaultJournalFolder()
    {
        var root = Environment.GetFolderPath(
            OperatingSystem.IsWindows() ? Environment.SpecialFolder.CommonApplicationData : Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "wutk", "journals");
    }

    /// <summary>Opens standard input, which <c>logs analyze -</c> reads (wutk does not dispose it). Tests give a
    /// stream of their own; by default it is empty.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = static () => Stream.Null;

    /// <summary>Whether standard error is an interactive terminal (progress lines are drawn only there).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>True when the user asked for no colour (https://no-color.org: any non-empty value).</summary>
    public bool NoColorRequested => !string.IsNullOrEmpty(GetVariable("NO_COLOR"));

    private static string? FolderUnder(Environment.SpecialFolder folder)
    {
        var root = Environment.GetFolderPath(folder, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "wutk", "plugins");
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
