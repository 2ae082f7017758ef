namespace WuToolkit.Host.Isolation;

/// <summary>How to start wutk itself for an isolated plugin (<c>wutk plugin-host</c>): the same launcher that runs this
/// wutk (the global tool's shim or the app host), else the one beside wutk.dll, else the dotnet host with wutk.dll.</summary>
internal sealed record ChildCommand(string Program, IReadOnlyList<string> Arguments)
{
    public const string Subcommand = "plugin-host";

    /// <summary>The child speaks the parent's language: an isolated plugin's titles and messages come in it.</summary>
    private static string[] Language => [Cli.UiLanguage.OptionName, Cli.UiLanguage.Current];

    public static ChildCommand For(HostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var process = Environment.ProcessPath;
        var name = process is null ? null : Path.GetFileNameWithoutExtension(process);
        if (process is not null && string.Equals(name, "wutk", StringComparison.OrdinalIgnoreCase)
            && string.Equals(Path.GetFullPath(AppContext.BaseDirectory), Path.GetFullPath(environment.BaseDirectory), StringComparison.Ordinal))
        {
            return new ChildCommand(process, [Subcommand, .. Language]);
        }

        var launcher = Path.Combine(environment.BaseDirectory, OperatingSystem.IsWindows() ? "wutk.exe" : "wutk");
        if (File.Exists(launcher))
        {
            return new ChildCommand(launcher, [Subcommand, .. Language]);
        }

        var dotnet = string.Equals(name, "dotnet", StringComparison.OrdinalIgnoreCase) ? process! : "dotnet";
        return new ChildCommand(dotnet, [Path.Combine(environment.BaseDirectory, "wutk.dll"), Subcommand, .. Language]);
    }
}
